import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setVendorStatusWorkflow } from "../../../../../workflows/vendor/set-vendor-status"
import { retrieveAdminVendor } from "../../../../../lib/admin-vendor"
import type { AdminSetVendorStatusType } from "./validators"

/** Approve (active), reject, suspend or reactivate (active) a vendor. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetVendorStatusType>, res: MedusaResponse) => {
  await setVendorStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status, reason: req.validatedBody.reason ?? null },
  })
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}
