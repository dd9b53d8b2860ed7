import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../modules/reviews"
import type ReviewsModuleService from "../modules/reviews/service"
import type { ReviewRecord } from "../workflows/steps/service"
import { loadReviewTarget } from "./eligibility"
import { emptyHistogram, type ReviewSummary } from "./stats"

export const reviews = (c: MedusaContainer) => c.resolve<ReviewsModuleService>(REVIEWS_MODULE)

const ORDER = {
  newest: { created_at: "DESC", id: "DESC" },
  highest: { rating: "DESC", created_at: "DESC", id: "DESC" },
  lowest: { rating: "ASC", created_at: "DESC", id: "DESC" },
  helpful: { helpful_count: "DESC", created_at: "DESC", id: "DESC" },
} as const

/** A published product (reviews of drafts and unknown products are not found). */
export async function publishedProduct(c: MedusaContainer, productId: string) {
  const target = await loadReviewTarget(c, productId)
  if (!target || target.status !== "published") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId.slice(0, 100)} was not found`)
  }
  return target
}

export async function reviewSummary(c: MedusaContainer, productId: string): Promise<ReviewSummary> {
  const [stats] = await reviews(c).listReviewStats({ product_id: productId })
  if (!stats) return { average: 0, count: 0, histogram: emptyHistogram() }
  return { average: Number(stats.average), count: Number(stats.count), histogram: { ...emptyHistogram(), ...(stats.histogram as object) } }
}

/** Published reviews of a product, sorted and optionally filtered by star rating. */
export async function listPublishedReviews(
  c: MedusaContainer,
  productId: string,
  opts: { sort: keyof typeof ORDER; rating?: number; limit: number; offset: number }
) {
  const [rows, count] = await reviews(c).listAndCountReviews(
    { product_id: productId, status: "published", ...(opts.rating ? { rating: opts.rating } : {}) },
    { order: ORDER[opts.sort] as never, take: opts.limit, skip: opts.offset }
  )
  return { rows: rows as unknown as ReviewRecord[], count }
}

/** Which of the reviews the customer has voted helpful. */
export async function votedBy(c: MedusaContainer, customerId: string | undefined, reviewIds: string[]) {
  if (!customerId || !reviewIds.length) return new Set<string>()
  const votes = await reviews(c).listReviewVotes({ customer_id: customerId, review_id: reviewIds } as never, { select: ["id", "review_id"] as never })
  return new Set(votes.map((v) => (v as unknown as { review_id: string }).review_id))
}
