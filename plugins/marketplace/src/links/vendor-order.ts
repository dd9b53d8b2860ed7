import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import VendorModule from "../modules/vendor"

/**
 * A vendor's orders (one per vendor and checkout, created by the split). A vendor's order list is
 * `query.graph({ entity: vendorOrderLink.entryPoint, filters: { vendor_id } })`.
 */
export default defineLink(VendorModule.linkable.vendor, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
