import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRUST_SAFETY_MODULE } from "../../../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../../../modules/trust-safety/service"
import { decideVerificationWorkflow } from "../../../../../workflows/verification"

type Body = { action: "approve" | "reject" | "request_info"; message?: string }

/** POST /admin/verifications/:id/decision { action: approve | reject | request_info, message }. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = req.validatedBody as Body
  await decideVerificationWorkflow(req.scope).run({
    input: { id: req.params.id, action: body.action, message: body.message ?? null, admin_id: req.auth_context.actor_id },
  })
  const verification = await req.scope.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE).retrieveVendorVerification(req.params.id)
  res.json({ verification })
}
