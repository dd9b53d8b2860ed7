import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCommissionRulesWorkflow } from "../../../workflows/commission/commission-rules"
import type { AdminCreateCommissionRuleType, AdminListCommissionRulesType } from "./validators"

export const RULE_FIELDS = ["id", "scope", "reference", "rate", "name", "created_at", "updated_at"]

/** Commission rules, most specific scope first (category > vendor > kind > default). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCommissionRulesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { scope, limit, offset } = req.validatedQuery as AdminListCommissionRulesType
  const { data, metadata } = await query.graph({
    entity: "commission_rule",
    fields: RULE_FIELDS,
    filters: scope ? { scope } : {},
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({ commission_rules: data, count: metadata?.count ?? data.length, limit, offset })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCommissionRuleType>, res: MedusaResponse) => {
  const { result: [id] } = await createCommissionRulesWorkflow(req.scope).run({ input: { rules: [req.validatedBody] } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [commission_rule] } = await query.graph({ entity: "commission_rule", fields: RULE_FIELDS, filters: { id } })
  res.status(201).json({ commission_rule })
}
