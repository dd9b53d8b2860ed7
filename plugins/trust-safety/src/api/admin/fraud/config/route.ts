import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadFraudConfig } from "../../../../lib/fraud/config"
import { RULE_SUBJECT } from "../../../../lib/fraud/rules"
import { updateFraudConfigWorkflow } from "../../../../workflows/fraud"
import type { AdminUpdateFraudConfigType } from "../../../fraud-validators"

const present = (cfg: Awaited<ReturnType<typeof loadFraudConfig>>) => ({
  rules: cfg.rules.map((r) => ({ ...r, subject: RULE_SUBJECT[r.code] })),
  thresholds: cfg.thresholds,
})

/** GET /admin/fraud/config — every rule (on/off, weight, params) and the verdict thresholds in effect. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ config: present(await loadFraudConfig(req.scope)) })
}

/** POST /admin/fraud/config — the operator changes rules and thresholds; takes effect on the next score. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateFraudConfigType>, res: MedusaResponse) => {
  const { result } = await updateFraudConfigWorkflow(req.scope).run({ input: req.validatedBody as never })
  res.json({ config: present(result as Awaited<ReturnType<typeof loadFraudConfig>>) })
}
