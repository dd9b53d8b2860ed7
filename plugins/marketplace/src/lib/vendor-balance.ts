import { MathBN } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { COMMISSION_MODULE } from "../modules/commission"
import type CommissionModuleService from "../modules/commission/service"

export type VendorBalance = {
  currency_code: string
  /** Sales minus commission (and reversals) past the holding period, minus payouts. */
  available: string
  /** Sales minus commission still inside the holding period. */
  pending: string
  /** Sum of payouts (positive). */
  paid_out: string
}

/**
 * A vendor's balance per currency from its ledger, exact decimal strings. `now` is injectable so the
 * holding period can be tested without waiting.
 */
export async function getVendorBalance(
  container: MedusaContainer,
  vendorId: string,
  options: { now?: Date } = {}
): Promise<VendorBalance[]> {
  const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
  const now = options.now ?? new Date()
  const entries = await service.listLedgerEntries({ vendor_id: vendorId }, { take: null as unknown as number })
  const byCurrency = new Map<string, { available: ReturnType<typeof MathBN.convert>; pending: ReturnType<typeof MathBN.convert>; paid: ReturnType<typeof MathBN.convert> }>()
  for (const e of entries) {
    const b = byCurrency.get(e.currency_code) ?? { available: MathBN.convert(0), pending: MathBN.convert(0), paid: MathBN.convert(0) }
    const amount = MathBN.convert(e.amount as never)
    if (e.type === "payout") {
      b.paid = MathBN.sub(b.paid, amount)
      b.available = MathBN.add(b.available, amount)
    } else if (new Date(e.available_at).getTime() <= now.getTime()) {
      b.available = MathBN.add(b.available, amount)
    } else {
      b.pending = MathBN.add(b.pending, amount)
    }
    byCurrency.set(e.currency_code, b)
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency_code, b]) => ({
      currency_code,
      available: b.available.toString(),
      pending: b.pending.toString(),
      paid_out: b.paid.toString(),
    }))
}
