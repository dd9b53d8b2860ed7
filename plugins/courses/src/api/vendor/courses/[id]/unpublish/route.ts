import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorCourse } from "../../../../../lib/vendor-courses"
import { setCoursePublicationWorkflow } from "../../../../../workflows/courses/course"

/** Takes the course and its product back to draft (out of the store); enrolled students keep access. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await setCoursePublicationWorkflow(req.scope).run({ input: { course_id: req.params.id, publish: false } })
  res.json({ course: await retrieveVendorCourse(req.scope, req.params.id) })
}
