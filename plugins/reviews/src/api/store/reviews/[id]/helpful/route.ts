import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unvoteReviewHelpfulWorkflow, voteReviewHelpfulWorkflow } from "../../../../../workflows"

/** POST /store/reviews/:id/helpful — marks a published review helpful (idempotent; not one's own: 403). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await voteReviewHelpfulWorkflow(req.scope).run({
    input: { review_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ review_id: req.params.id, ...result })
}

/** DELETE /store/reviews/:id/helpful — withdraws the vote (idempotent). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await unvoteReviewHelpfulWorkflow(req.scope).run({
    input: { review_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ review_id: req.params.id, ...result })
}
