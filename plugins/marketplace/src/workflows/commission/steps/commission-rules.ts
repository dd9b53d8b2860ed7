import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionRuleInput } from "./validate-commission-rule"

type Rule = { id: string; scope: string; reference: string; rate: unknown; name: string | null }
const snapshot = (r: Rule) => ({ id: r.id, scope: r.scope, reference: r.reference, rate: r.rate, name: r.name })

export const createCommissionRulesStep = createStep(
  "create-commission-rules",
  async (rules: CommissionRuleInput[], { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const created = (await service.createCommissionRules(
      rules.map((r) => ({ ...r, reference: r.reference ?? "" })) as never[]
    )) as unknown as Rule[]
    return new StepResponse(created.map((r) => r.id), created.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.deleteCommissionRules(ids)
  }
)

export type UpdateCommissionRuleInput = { id: string; rate?: number; name?: string | null }

export const updateCommissionRuleStep = createStep(
  "update-commission-rule",
  async (input: UpdateCommissionRuleInput, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const previous = snapshot((await service.retrieveCommissionRule(input.id)) as unknown as Rule)
    await service.updateCommissionRules(input as never)
    return new StepResponse(input.id, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.updateCommissionRules({ id: previous.id, rate: previous.rate, name: previous.name } as never)
  }
)

export const deleteCommissionRuleStep = createStep(
  "delete-commission-rule",
  async (id: string, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.retrieveCommissionRule(id)
    await service.softDeleteCommissionRules(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.restoreCommissionRules(id)
  }
)
