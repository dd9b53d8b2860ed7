import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorLesson } from "../../../../../lib/vendor-courses"
import { createCourseLessonWorkflow } from "../../../../../workflows/courses/curriculum"
import type { VendorCreateLessonType } from "../../validators"

/** Adds a lesson at the end of a section of this course. */
export const POST = async (req: MedusaRequest<VendorCreateLessonType>, res: MedusaResponse) => {
  const { result } = await createCourseLessonWorkflow(req.scope).run({
    input: { course_id: req.params.id, lesson: req.validatedBody },
  })
  res.status(201).json({ lesson: await retrieveVendorLesson(req.scope, result.id) })
}
