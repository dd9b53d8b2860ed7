import { model } from "@medusajs/framework/utils"

/** Operator settings of the marketplace (a single row). */
const MarketplaceSetting = model.define("marketplace_setting", {
  id: model.id({ prefix: "mset" }).primaryKey(),
  /** New vendors start `active` instead of `pending`. */
  auto_approve_vendors: model.boolean().default(false),
})

export default MarketplaceSetting
