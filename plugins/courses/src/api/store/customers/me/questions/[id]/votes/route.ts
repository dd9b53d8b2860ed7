import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { questionCourse } from "../../../../../../../lib/qa"
import { unvoteQuestionWorkflow, voteQuestionWorkflow } from "../../../../../../../workflows/qa"

/** Upvotes a question (idempotent). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await questionCourse(req.scope, req.params.id)
  const { result } = await voteQuestionWorkflow(req.scope).run({
    input: { question_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ question: { id: req.params.id, upvotes: result.upvotes, voted: result.voted } })
}

/** Withdraws the upvote (idempotent). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await questionCourse(req.scope, req.params.id)
  const { result } = await unvoteQuestionWorkflow(req.scope).run({
    input: { question_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ question: { id: req.params.id, upvotes: result.upvotes, voted: result.voted } })
}
