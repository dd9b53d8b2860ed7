import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorOrder } from "../../../../lib/vendor-orders"

// The vendor guard has already checked that :id is one of the caller's vendor orders.

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ order: await retrieveVendorOrder(req.scope, req.params.id) })
}
