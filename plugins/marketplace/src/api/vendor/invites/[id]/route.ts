import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireRole } from "../../../../lib/vendor-guard"
import { deleteVendorInviteWorkflow } from "../../../../workflows/vendor/invites"

// The vendor guard has already checked that :id is an invitation of the caller's vendor.

export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  requireRole(req, ["owner", "admin"])
  await deleteVendorInviteWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "vendor_invite", deleted: true })
}
