import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { listTeacherQuestions, vendorCourseIds } from "../../../lib/vendor-courses"
import type { VendorListQuestionsType } from "./validators"

/** The teacher's Q&A inbox: questions on the caller's courses (the guard checked `course_id`). */
export const GET = async (req: MedusaRequest<unknown, VendorListQuestionsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as VendorListQuestionsType
  const own = await vendorCourseIds(req.scope, vendorContext(req).vendor.id)
  const courseIds = params.course_id ? own.filter((id) => id === params.course_id) : own
  const { questions, count } = await listTeacherQuestions(req.scope, courseIds, params)
  res.json({ questions, count, limit: params.limit, offset: params.offset })
}
