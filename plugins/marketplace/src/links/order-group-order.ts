import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrderGroupModule from "../modules/order-group"

/** The vendor orders of one checkout. */
export default defineLink(OrderGroupModule.linkable.orderGroup, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
