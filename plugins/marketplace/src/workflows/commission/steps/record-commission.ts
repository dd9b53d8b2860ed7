import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionPlan } from "./compute-commission"

/**
 * Stores a commission plan: its commission lines and its ledger entries (sale, commission), with one
 * statement of the commission module (both or neither). Compensation deletes what it stored.
 */
export const recordCommissionStep = createStep(
  "record-commission",
  async (plan: CommissionPlan, { container }) => {
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
