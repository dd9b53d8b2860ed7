import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getVendorBalance } from "../../../lib/vendor-balance"
import { vendorContext } from "../../../lib/vendor-guard"

/** Available, pending (inside the holding period) and paid-out amounts per currency, as exact decimal strings. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ balance: await getVendorBalance(req.scope, vendorContext(req).vendor.id) })
}
