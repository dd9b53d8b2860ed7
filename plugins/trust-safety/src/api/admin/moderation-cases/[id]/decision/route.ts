import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRUST_SAFETY_MODULE } from "../../../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../../../modules/trust-safety/service"
import { decideModerationCaseWorkflow } from "../../../../../workflows/moderation"

type Body = { action: "approve" | "reject"; reason?: string }

/** POST /admin/moderation-cases/:id/decision { action: approve | reject, reason }. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = req.validatedBody as Body
  await decideModerationCaseWorkflow(req.scope).run({
    input: { id: req.params.id, action: body.action, reason: body.reason ?? null, admin_id: req.auth_context.actor_id },
  })
  const [c] = await req.scope.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE).listModerationCases({ id: req.params.id })
  res.json({ case: c })
}
