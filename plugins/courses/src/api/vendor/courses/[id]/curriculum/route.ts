import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorCourse } from "../../../../../lib/vendor-courses"
import { reorderCurriculumWorkflow } from "../../../../../workflows/courses/curriculum"
import type { VendorReorderCurriculumType } from "../../validators"

/** The whole new order: every section of the course, each with its lessons (every lesson exactly once). */
export const POST = async (req: MedusaRequest<VendorReorderCurriculumType>, res: MedusaResponse) => {
  await reorderCurriculumWorkflow(req.scope).run({ input: { course_id: req.params.id, sections: req.validatedBody.sections } })
  res.json({ course: await retrieveVendorCourse(req.scope, req.params.id) })
}
