import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptVendorInviteWorkflow } from "../../../../workflows/vendor/invites"
import type { VendorAcceptInviteType } from "../validators"

/**
 * POST /vendor/invites/accept — the invited person, signed in as a vendor identity (register or log
 * in at /auth/vendor/emailpass with the invited email), joins the team. Log in again afterwards.
 */
export const POST = async (req: AuthenticatedMedusaRequest<VendorAcceptInviteType>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account already belongs to a vendor")
  }
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Joining a vendor needs an email and password account")
  }
  const { result } = await acceptVendorInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, name: req.validatedBody.name, email, auth_identity_id: identity.id },
  })
  res.status(201).json({ member: { id: result.id, email: result.email, role: result.role, vendor_id: result.vendor_id } })
}
