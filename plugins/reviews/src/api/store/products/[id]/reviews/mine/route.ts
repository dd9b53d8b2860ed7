import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hasBought } from "../../../../../../lib/eligibility"
import { ownReview } from "../../../../../../lib/present"
import { publishedProduct, reviews } from "../../../../../../lib/queries"
import type { ReviewRecord } from "../../../../../../workflows/steps/service"

/**
 * GET /store/products/:id/reviews/mine — whether the signed-in customer may review the product
 * (`eligible`: bought it or enrolled, and no review yet) and their own review in any status.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const product = await publishedProduct(req.scope, req.params.id)
  const customerId = req.auth_context.actor_id
  const [review] = (await reviews(req.scope).listReviews({ product_id: product.product_id, customer_id: customerId }, { take: 1 })) as unknown as ReviewRecord[]
  const bought = await hasBought(req.scope, customerId, product)
  res.json({ eligible: bought && !review, bought, review: review ? ownReview(review) : null })
}
