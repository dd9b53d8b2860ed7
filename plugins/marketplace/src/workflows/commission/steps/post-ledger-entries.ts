import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { LedgerEntryInput } from "../../../modules/commission/service"

export type { LedgerEntryInput }

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
