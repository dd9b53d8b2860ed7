import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actOnReportsWorkflow } from "../../../../workflows/reports"
import type { AdminReportActionType } from "../../../fraud-validators"

/** POST /admin/reports/actions — dismiss, hide the target or suspend its vendor; writes the audit entry. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReportActionType>, res: MedusaResponse) => {
  const b = req.validatedBody
  const { result } = await actOnReportsWorkflow(req.scope).run({
    input: { target_type: b.target_type, target_id: b.target_id, action: b.action, note: b.note ?? null, actor_id: req.auth_context.actor_id },
  })
  res.json({ audit_entry: result })
}
