import { model } from "@medusajs/framework/utils"

/**
 * What the customer bought in one checkout: the cart, the customer's order (the one Medusa's cart
 * completion created, carrying the payment and the stock reservations until the split) and, through
 * the order-group ↔ order link, one order per vendor. `cart_id` and `parent_order_id` are unique:
 * a second split of the same checkout cannot create a second group.
 */
const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ordgrp" }).primaryKey(),
    cart_id: model.text(),
    parent_order_id: model.text(),
    customer_id: model.text().nullable(),
    currency_code: model.text(),
    total: model.bigNumber(),
    vendor_count: model.number(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["parent_order_id"], unique: true, where: "deleted_at IS NULL" },
  ])

export default OrderGroup
