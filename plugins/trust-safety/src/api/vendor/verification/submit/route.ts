import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { submitVerificationWorkflow } from "../../../../workflows/verification"
import { vendorVerificationView } from "../helpers"

/** POST /vendor/verification/submit: every required document is there; the operator's queue gets it. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { vendor } = vendorContext(req)
  await submitVerificationWorkflow(req.scope).run({ input: { vendor_id: vendor.id, vendor_kind: vendor.kind } })
  res.json({ verification: await vendorVerificationView(req.scope, vendor) })
}
