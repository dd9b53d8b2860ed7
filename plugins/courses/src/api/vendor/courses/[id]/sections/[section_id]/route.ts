import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorCourse } from "../../../../../../lib/vendor-courses"
import { deleteCourseSectionWorkflow, updateCourseSectionWorkflow } from "../../../../../../workflows/courses/curriculum"
import type { VendorSectionType } from "../../../validators"

/** Renames a section of this course. */
export const POST = async (req: MedusaRequest<VendorSectionType>, res: MedusaResponse) => {
  await updateCourseSectionWorkflow(req.scope).run({
    input: { course_id: req.params.id, section_id: req.params.section_id, title: req.validatedBody.title },
  })
  const course = await retrieveVendorCourse(req.scope, req.params.id)
  res.json({ section: course.sections.find((s) => s.id === req.params.section_id), course })
}

/** Deletes a section with its lessons (refused when that would leave a published course without lessons). */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteCourseSectionWorkflow(req.scope).run({ input: { course_id: req.params.id, section_id: req.params.section_id } })
  res.json({ id: req.params.section_id, object: "course_section", deleted: true })
}
