import { z } from "@medusajs/framework/zod"
import { line, pagination, url } from "../../../lib/zod"

export const VendorListOrders = z.object({ ...pagination }).strict()
export type VendorListOrdersType = z.infer<typeof VendorListOrders>

export const VendorShipOrder = z
  .object({ carrier: line(60), tracking_number: line(100), tracking_url: url.optional() })
  .strict()
export type VendorShipOrderType = z.infer<typeof VendorShipOrder>
