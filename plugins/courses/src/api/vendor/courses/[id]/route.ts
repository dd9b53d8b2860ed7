import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorCourse } from "../../../../lib/vendor-courses"
import { deleteVendorCourseWorkflow, updateVendorCourseWorkflow } from "../../../../workflows/courses/course"
import type { VendorUpdateCourseType } from "../validators"

// The vendor guard has already checked that :id is one of the caller's courses.

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ course: await retrieveVendorCourse(req.scope, req.params.id) })
}

/** Updates the course and its product (title, subtitle, description, thumbnail, categories, prices) together. */
export const POST = async (req: MedusaRequest<VendorUpdateCourseType>, res: MedusaResponse) => {
  await updateVendorCourseWorkflow(req.scope).run({ input: { course_id: req.params.id, update: req.validatedBody } })
  res.json({ course: await retrieveVendorCourse(req.scope, req.params.id) })
}

/** Deletes a draft course without enrolments, with its product, curriculum and videos. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteVendorCourseWorkflow(req.scope).run({ input: { course_id: req.params.id } })
  res.json({ id: req.params.id, object: "course", deleted: true })
}
