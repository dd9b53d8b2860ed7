import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorCourse } from "../../../../../lib/vendor-courses"
import { setCoursePublicationWorkflow } from "../../../../../workflows/courses/course"

/** Publishes the course and its product (needs at least one lesson, and every video lesson its video). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await setCoursePublicationWorkflow(req.scope).run({ input: { course_id: req.params.id, publish: true } })
  res.json({ course: await retrieveVendorCourse(req.scope, req.params.id) })
}
