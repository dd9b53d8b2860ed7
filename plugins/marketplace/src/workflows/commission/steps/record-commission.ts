import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionPlan } from "./compute-commission"

type Recorded = { line_ids: string[]; entry_ids: string[] }

/**
 * Stores a commission plan: its commission lines and its ledger entries (sale, commission), in one
 * transaction of the commission module. Compensation deletes what it stored.
 */
export const recordCommissionStep = createStep(
  "record-commission",
  async (plan: CommissionPlan, { container }) => {
    if (!plan.lines.length && !plan.entries.length) return new StepResponse<Recorded, Recorded>({ line_ids: [], entry_ids: [] }, { line_ids: [], entry_ids: [] })
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const recorded = await service.recordCommission(plan)
    return new StepResponse(recorded, recorded)
  },
  async (recorded, { container }) => {
    if (!recorded || (!recorded.line_ids.length && !recorded.entry_ids.length)) return
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    if (recorded.line_ids.length) await service.deleteCommissionLines(recorded.line_ids)
    if (recorded.entry_ids.length) await service.deleteLedgerEntries(recorded.entry_ids)
  }
)
