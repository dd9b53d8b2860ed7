import { model } from "@medusajs/framework/utils"

/** The commission taken on one line item of a vendor order, with the rule and rate that applied. */
const CommissionLine = model
  .define("commission_line", {
    id: model.id({ prefix: "coml" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    vendor_id: model.text(),
    rule_id: model.text().nullable(),
    scope: model.text(),
    rate: model.bigNumber(),
    base_amount: model.bigNumber(),
    amount: model.bigNumber(),
    currency_code: model.text(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
    { on: ["vendor_id"] },
  ])

export default CommissionLine
