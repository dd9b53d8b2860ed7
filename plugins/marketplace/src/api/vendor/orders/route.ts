import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listVendorOrders } from "../../../lib/vendor-orders"
import { vendorContext } from "../../../lib/vendor-guard"
import type { VendorListOrdersType } from "./validators"

/** The caller's vendor orders: its own items and shipping of each checkout. */
export const GET = async (req: MedusaRequest<unknown, VendorListOrdersType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as VendorListOrdersType
  const { orders, count } = await listVendorOrders(req.scope, vendorContext(req).vendor.id, { limit, offset })
  res.json({ orders, count, limit, offset })
}
