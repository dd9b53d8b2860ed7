import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { LedgerEntryInput } from "./post-ledger-entries"

export type PrepareReversalInput = { order_id: string; reference: string; now?: Date | string }

/**
 * The entries that undo an order's sale and commission (same amounts, opposite sign), effective
 * immediately. Empty when the order has no ledger entries or was already reversed under `reference`.
 */
export const prepareLedgerReversalStep = createStep(
  "prepare-ledger-reversal",
  async (input: PrepareReversalInput, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const entries = await service.listLedgerEntries({ order_id: input.order_id })
    if (entries.some((e) => e.type.endsWith("_reversal") && e.reference === input.reference)) {
      return new StepResponse([] as LedgerEntryInput[])
    }
    const now = new Date(input.now ?? Date.now())
    const reversals: LedgerEntryInput[] = entries
      .filter((e) => e.type === "sale" || e.type === "commission")
      .map((e) => ({
        vendor_id: e.vendor_id,
        order_id: e.order_id,
        type: e.type === "sale" ? "sale_reversal" : "commission_reversal",
        reference: input.reference,
        amount: MathBN.mult(MathBN.convert(e.amount as never), -1).toString(),
        currency_code: e.currency_code,
        available_at: now,
      }))
    return new StepResponse(reversals)
  }
)
