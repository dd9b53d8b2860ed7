import type { MedusaContainer } from "@medusajs/framework/types"
import { vendorOwnedProducts, type Ownership } from "@vitrina/marketplace/lib/vendor-guard"
import { REVIEWS_MODULE } from "../modules/reviews"
import type ReviewsModuleService from "../modules/reviews/service"

/** Which of the given review ids are about products of the vendor (review → product → vendor link). */
export const ownedReviews: Ownership = async (c: MedusaContainer, vendorId: string, ids: string[]) => {
  const reviews = await c.resolve<ReviewsModuleService>(REVIEWS_MODULE).listReviews({ id: ids }, { select: ["id", "product_id"] })
  const productIds = [...new Set(reviews.map((r) => r.product_id))]
  const owned = productIds.length ? await vendorOwnedProducts(c, vendorId, productIds) : new Set<string>()
  return new Set(reviews.filter((r) => owned.has(r.product_id)).map((r) => r.id))
}

/** Id kinds of this plugin that a /vendor/* request may name, registered with the vendor guard. */
export const REVIEW_OWNERSHIP: Record<string, Ownership> = {
  rev: ownedReviews,
}
