import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireRole } from "../../../../lib/vendor-guard"
import { changeVendorMemberWorkflow } from "../../../../workflows/vendor/invites"
import type { VendorUpdateMemberType } from "../validators"

// The vendor guard has already checked that :id is a member of the caller's vendor.

export const POST = async (req: MedusaRequest<VendorUpdateMemberType>, res: MedusaResponse) => {
  requireRole(req, ["owner", "admin"])
  const { result } = await changeVendorMemberWorkflow(req.scope).run({ input: { id: req.params.id, role: req.validatedBody.role } })
  res.json({ member: result })
}

export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  requireRole(req, ["owner", "admin"])
  await changeVendorMemberWorkflow(req.scope).run({ input: { id: req.params.id, role: null } })
  res.json({ id: req.params.id, object: "vendor_member", deleted: true })
}
