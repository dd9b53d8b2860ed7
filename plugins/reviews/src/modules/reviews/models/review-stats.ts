import { model } from "@medusajs/framework/utils"

/**
 * The published reviews of one product, aggregated: kept in sync by the review workflows and
 * mirrored into the product's `metadata.rating` / `metadata.rating_count` (cards, search index).
 * `histogram` counts reviews per star: `{ "1": n, …, "5": n }`.
 */
const ReviewStats = model
  .define("review_stats", {
    id: model.id({ prefix: "revs" }).primaryKey(),
    product_id: model.text(),
    count: model.number().default(0),
    average: model.float().default(0),
    histogram: model.json(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])

export default ReviewStats
