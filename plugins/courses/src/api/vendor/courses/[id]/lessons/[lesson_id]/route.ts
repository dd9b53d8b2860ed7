import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorLesson } from "../../../../../../lib/vendor-courses"
import { deleteCourseLessonWorkflow, updateCourseLessonWorkflow } from "../../../../../../workflows/courses/curriculum"
import type { VendorUpdateLessonType } from "../../../validators"

/** Updates a lesson of this course; `section_id` (a section of the same course) moves it. */
export const POST = async (req: MedusaRequest<VendorUpdateLessonType>, res: MedusaResponse) => {
  await updateCourseLessonWorkflow(req.scope).run({
    input: { course_id: req.params.id, lesson_id: req.params.lesson_id, update: req.validatedBody },
  })
  res.json({ lesson: await retrieveVendorLesson(req.scope, req.params.lesson_id) })
}

/** Deletes a lesson (and its video); a published course keeps at least one lesson. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteCourseLessonWorkflow(req.scope).run({ input: { course_id: req.params.id, lesson_id: req.params.lesson_id } })
  res.json({ id: req.params.lesson_id, object: "lesson", deleted: true })
}
