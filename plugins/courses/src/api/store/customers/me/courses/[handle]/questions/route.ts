import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findCourseByHandle } from "../../../../../../../lib/catalog"
import { questionView, retrieveQuestionView } from "../../../../../../../lib/qa"
import { coursesService, requireActiveEnrollment } from "../../../../../../../lib/students"
import { createQuestionWorkflow } from "../../../../../../../workflows/qa"
import type { StoreCreateQuestionType, StoreListQuestionsType } from "../../../../../validators"

async function courseFor(req: AuthenticatedMedusaRequest) {
  const course = await findCourseByHandle(req.scope, req.params.handle)
  if (!course) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Course was not found")
  await requireActiveEnrollment(req.scope, course.id, req.auth_context.actor_id)
  return course
}

/** The course's questions (enrolled students only), most upvoted or newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const course = await courseFor(req)
  const { lesson_id, sort, limit, offset } = req.validatedQuery as unknown as StoreListQuestionsType
  const service = coursesService(req.scope)
  const customerId = req.auth_context.actor_id
  const [questions, count] = await service.listAndCountQuestions(
    { course_id: course.id, ...(lesson_id ? { lesson_id } : {}) },
    {
      relations: ["answers"],
      take: limit,
      skip: offset,
      order: sort === "newest" ? { created_at: "DESC", id: "DESC" } : { upvotes: "DESC", created_at: "DESC", id: "DESC" },
    }
  )
  const votes = questions.length
    ? await service.listQuestionVotes({ customer_id: customerId, question_id: questions.map((q) => q.id) }, { select: ["id", "question_id"] })
    : []
  const voted = new Set(votes.map((v) => (v as unknown as { question_id: string }).question_id))
  res.json({ questions: questions.map((q) => questionView(q, customerId, voted)), count, limit, offset })
}

/** An enrolled student asks a question. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateQuestionType>, res: MedusaResponse) => {
  const course = await courseFor(req)
  const { result } = await createQuestionWorkflow(req.scope).run({
    input: { ...req.validatedBody, course_id: course.id, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ question: await retrieveQuestionView(req.scope, result.id, req.auth_context.actor_id) })
}
