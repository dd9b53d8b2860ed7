import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isIdOf } from "../../../../../../lib/zod"
import { decideHeldOrderWorkflow } from "../../../../../../workflows/fraud"
import type { AdminDecideFraudType } from "../../../../../fraud-validators"

/** POST /admin/fraud/decisions/:id/decision — release (approve) or cancel a held order. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminDecideFraudType>, res: MedusaResponse) => {
  if (!isIdOf("fdec", req.params.id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Fraud decision not found")
  const { result } = await decideHeldOrderWorkflow(req.scope).run({
    input: { id: req.params.id, action: req.validatedBody.action, note: req.validatedBody.note ?? null, actor_id: req.auth_context.actor_id },
  })
  res.json({ decision: result })
}
