import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorCourse } from "../../../../../lib/vendor-courses"
import { createCourseSectionWorkflow } from "../../../../../workflows/courses/curriculum"
import type { VendorSectionType } from "../../validators"

/** Adds a section at the end of the curriculum. */
export const POST = async (req: MedusaRequest<VendorSectionType>, res: MedusaResponse) => {
  const { result } = await createCourseSectionWorkflow(req.scope).run({
    input: { course_id: req.params.id, title: req.validatedBody.title },
  })
  const course = await retrieveVendorCourse(req.scope, req.params.id)
  res.status(201).json({ section: course.sections.find((s) => s.id === result.id), course })
}
