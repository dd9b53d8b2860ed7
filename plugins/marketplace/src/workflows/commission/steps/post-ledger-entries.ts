import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export type LedgerEntryInput = {
  vendor_id: string
  order_id: string | null
  type: "sale" | "commission" | "sale_reversal" | "commission_reversal" | "payout"
  reference: string
  amount: string
  currency_code: string
  available_at: Date
}

/** Appends ledger entries (an entry is never edited); compensation deletes the ones it appended. */
export const postLedgerEntriesStep = createStep(
  "post-ledger-entries",
  async (entries: LedgerEntryInput[], { container }) => {
    if (!entries.length) return new StepResponse([] as string[], [] as string[])
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const created = await service.createLedgerEntries(entries as never[])
    const ids = (created as { id: string }[]).map((e) => e.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.deleteLedgerEntries(ids)
  }
)
