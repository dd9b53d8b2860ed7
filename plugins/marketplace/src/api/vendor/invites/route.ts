import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requireRole, vendorContext } from "../../../lib/vendor-guard"
import { createVendorInviteWorkflow } from "../../../workflows/vendor/invites"
import type { VendorCreateInviteType } from "./validators"

const FIELDS = ["id", "email", "role", "expires_at", "accepted_at", "created_at"]

/** Open and accepted invitations of the vendor. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: invites } = await query.graph({
    entity: "vendor_invite",
    fields: FIELDS,
    filters: { vendor_id: vendorContext(req).vendor.id },
  })
  res.json({ invites })
}

/** Owners and admins invite a team member by email. */
export const POST = async (req: MedusaRequest<VendorCreateInviteType>, res: MedusaResponse) => {
  requireRole(req, ["owner", "admin"])
  const { result } = await createVendorInviteWorkflow(req.scope).run({
    input: { vendor_id: vendorContext(req).vendor.id, ...req.validatedBody },
  })
  res.status(201).json({ invite: Object.fromEntries(FIELDS.map((f) => [f, result[f as keyof typeof result]])) })
}
