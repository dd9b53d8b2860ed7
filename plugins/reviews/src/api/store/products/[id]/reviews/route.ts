import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownReview, publicReview } from "../../../../../lib/present"
import { listPublishedReviews, publishedProduct, reviewSummary, votedBy } from "../../../../../lib/queries"
import { createReviewWorkflow } from "../../../../../workflows"
import type { StoreCreateReview, StoreListReviews } from "../../../../validators"

/**
 * GET /store/products/:id/reviews?sort=newest|highest|lowest|helpful&rating=1..5&limit&offset —
 * the product's published reviews and its summary (average, count, per-star histogram). A signed-in
 * customer also learns which reviews they voted helpful.
 */
export const GET = async (req: MedusaRequest<unknown, StoreListReviews>, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as StoreListReviews
  const product = await publishedProduct(req.scope, req.params.id)
  const { rows, count } = await listPublishedReviews(req.scope, product.product_id, q)
  const customerId = (req as unknown as Partial<AuthenticatedMedusaRequest>).auth_context?.actor_id || undefined
  const voted = await votedBy(req.scope, customerId, rows.map((r) => r.id))
  res.json({
    summary: await reviewSummary(req.scope, product.product_id),
    reviews: rows.map((r) => publicReview(r, customerId ? { voted: voted.has(r.id), mine: r.customer_id === customerId } : {})),
    count,
    limit: q.limit,
    offset: q.offset,
  })
}

/** POST /store/products/:id/reviews — a verified buyer reviews the product (once). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateReview>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await createReviewWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      rating: body.rating,
      title: body.title ?? null,
      body: body.body,
      photo_ids: body.photo_ids ?? [],
    },
  })
  res.status(201).json({ review: ownReview(result) })
}
