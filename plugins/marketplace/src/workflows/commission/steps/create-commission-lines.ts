import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionPlan } from "./compute-commission"

export const createCommissionLinesStep = createStep(
  "create-commission-lines",
  async (lines: CommissionPlan["lines"], { container }) => {
    if (!lines.length) return new StepResponse([] as string[], [] as string[])
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const created = await service.createCommissionLines(lines as never[])
    const ids = (created as { id: string }[]).map((l) => l.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.deleteCommissionLines(ids)
  }
)
