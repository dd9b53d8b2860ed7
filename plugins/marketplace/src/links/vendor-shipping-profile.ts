import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import VendorModule from "../modules/vendor"

/**
 * A seller's own shipping profile(s). Its products use that profile and its shipping options belong
 * to it, so Medusa asks for one shipping method per vendor and the split knows whose shipping is whose.
 */
export default defineLink(VendorModule.linkable.vendor, {
  linkable: FulfillmentModule.linkable.shippingProfile,
  isList: true,
})
