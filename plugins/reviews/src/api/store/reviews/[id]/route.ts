import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownReview } from "../../../../lib/present"
import { updateReviewWorkflow } from "../../../../workflows"
import type { StoreUpdateReview } from "../../../validators"

/** POST /store/reviews/:id — the author edits their review (moderated again). Others' reviews: 404. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdateReview>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await updateReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      ...(body.rating !== undefined ? { rating: body.rating } : {}),
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.body !== undefined ? { body: body.body } : {}),
      ...(body.photo_ids !== undefined ? { photo_ids: body.photo_ids } : {}),
    },
  })
  res.json({ review: ownReview(result) })
}
