import { model } from "@medusajs/framework/utils"

/** Scopes from least to most specific; the most specific matching rule wins. */
export const COMMISSION_SCOPES = ["default", "kind", "vendor", "category"] as const
export type CommissionScope = (typeof COMMISSION_SCOPES)[number]

/**
 * A commission rate in percent of a line's total (tax and discounts included, shipping excluded).
 * `reference` is empty for `default`, `seller`/`teacher` for `kind`, a vendor id for `vendor`, a
 * product category id for `category`. One active rule per (scope, reference).
 */
const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "comr" }).primaryKey(),
    scope: model.enum([...COMMISSION_SCOPES]),
    reference: model.text().default(""),
    rate: model.bigNumber(),
    name: model.text().nullable(),
  })
  .indexes([{ on: ["scope", "reference"], unique: true, where: "deleted_at IS NULL" }])

export default CommissionRule
