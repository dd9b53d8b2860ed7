import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createReportWorkflow } from "../../../workflows/reports"
import type { StoreCreateReportType } from "../../fraud-validators"

/**
 * POST /store/reports — a signed-in customer (or vendor member) reports a listing, a review, a
 * vendor or a message. A second open report of the same target by the same person answers 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateReportType>, res: MedusaResponse) => {
  const { actor_id, actor_type } = req.auth_context
  if (!actor_id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to report")
  const body = req.validatedBody
  const { result } = await createReportWorkflow(req.scope).run({
    input: {
      reporter_type: actor_type === "vendor" ? "vendor" : "customer",
      reporter_id: actor_id,
      target_type: body.target_type,
      target_id: body.target_id,
      reason: body.reason,
      details: body.details ?? null,
    },
  })
  const r = result as Record<string, unknown>
  res.status(201).json({ report: { id: r.id, target_type: r.target_type, target_id: r.target_id, reason: r.reason, status: r.status, created_at: r.created_at } })
}
