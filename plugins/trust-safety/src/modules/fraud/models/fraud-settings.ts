import { model } from "@medusajs/framework/utils"

/** The score thresholds (one row, `key` "default"): score ≥ block_score blocks, ≥ review_score holds for review. */
const FraudSettings = model.define("fraud_settings", {
  id: model.id({ prefix: "fset" }).primaryKey(),
  key: model.text().unique(),
  review_score: model.number(),
  block_score: model.number(),
})

export default FraudSettings
