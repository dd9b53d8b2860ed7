import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteCommissionRuleWorkflow, updateCommissionRuleWorkflow } from "../../../../workflows/commission/commission-rules"
import { RULE_FIELDS } from "../route"
import type { AdminUpdateCommissionRuleType } from "../validators"

async function readRule(req: AuthenticatedMedusaRequest<unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [rule] } = await query.graph({ entity: "commission_rule", fields: RULE_FIELDS, filters: { id: req.params.id } })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission rule ${req.params.id} was not found`)
  return rule
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ commission_rule: await readRule(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCommissionRuleType>, res: MedusaResponse) => {
  await readRule(req)
  await updateCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ commission_rule: await readRule(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await readRule(req)
  await deleteCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "commission_rule", deleted: true })
}
