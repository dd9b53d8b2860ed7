import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { vendorVerificationView } from "./helpers"

/** GET /vendor/verification: status, the operator's message, required and missing document types, documents. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { vendor } = vendorContext(req)
  res.json({ verification: await vendorVerificationView(req.scope, vendor) })
}
