import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { summarize, type Histogram } from "../../lib/stats"
import { reviewsService } from "./service"

type StatsSnapshot = {
  product_id: string
  stats: { id: string; count: number; average: number; histogram: Histogram } | null
  metadata: Record<string, unknown> | null
}

/**
 * Recomputes a product's review aggregates from its published reviews: the `review_stats` row
 * (average, count, histogram) and the product's `metadata.rating` / `metadata.rating_count`, which
 * product cards and the catalogue search index read (the product update re-indexes the product).
 * Compensation restores the previous row and metadata.
 */
export const refreshReviewStatsStep = createStep(
  "reviews-refresh-stats",
  async (input: { product_id: string }, { container }) => {
    const service = reviewsService(container)
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
    const published = await service.listReviews({ product_id: input.product_id, status: "published" }, { select: ["rating"] })
    const summary = summarize(published.map((r) => Number(r.rating)))
    const [existing] = await service.listReviewStats({ product_id: input.product_id })
    const product = await products.retrieveProduct(input.product_id, { select: ["id", "metadata"] })
    const snapshot: StatsSnapshot = {
      product_id: input.product_id,
      stats: existing ? { id: existing.id, count: existing.count, average: existing.average, histogram: existing.histogram as Histogram } : null,
      metadata: (product.metadata ?? null) as Record<string, unknown> | null,
    }
    if (existing) {
      await service.updateReviewStats({ id: existing.id, ...summary })
    } else {
      await service.createReviewStats({ product_id: input.product_id, ...summary })
    }
    const meta = (product.metadata ?? {}) as Record<string, unknown>
    const rating = summary.count ? summary.average : null
    if (meta.rating !== rating || meta.rating_count !== summary.count) {
      await products.updateProducts(input.product_id, { metadata: { ...meta, rating, rating_count: summary.count } })
    }
    return new StepResponse(summary, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const service = reviewsService(container)
    if (snapshot.stats) {
      await service.updateReviewStats(snapshot.stats)
    } else {
      const rows = await service.listReviewStats({ product_id: snapshot.product_id })
      if (rows.length) await service.deleteReviewStats(rows.map((r) => r.id))
    }
    await container.resolve<IProductModuleService>(Modules.PRODUCT).updateProducts(snapshot.product_id, { metadata: snapshot.metadata ?? {} })
  }
)
