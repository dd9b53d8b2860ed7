import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { registerVendorWorkflow } from "../../../workflows/vendor/register-vendor"
import type { VendorRegisterType } from "./validators"

/**
 * POST /vendor/register — step 2 of vendor sign-up, after POST /auth/vendor/emailpass/register
 * (or, for someone who already has an account with that email, POST /auth/vendor/emailpass):
 * creates the vendor with the caller as owner. Log in again afterwards to get a token for the member.
 */
export const POST = async (req: AuthenticatedMedusaRequest<VendorRegisterType>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account already belongs to a vendor")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  if (identity.app_metadata?.vendor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account already belongs to a vendor")
  }
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Vendor sign-up needs an email and password account")
  }

  const { member_name, ...vendor } = req.validatedBody
  const { result } = await registerVendorWorkflow(req.scope).run({
    input: { auth_identity_id: identity.id, email, member_name, vendor },
  })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [created] } = await query.graph({
    entity: "vendor",
    fields: ["id", "handle", "name", "kind", "status", "verified", "email", "members.id", "members.role", "members.email"],
    filters: { id: result.id },
  })
  res.status(201).json({ vendor: created })
}
