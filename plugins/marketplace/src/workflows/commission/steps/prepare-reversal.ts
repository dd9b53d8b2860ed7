import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { LedgerEntryInput } from "./post-ledger-entries"

export type PrepareReversalInput = {
  order_id: string
  /** Unique per reversal event, e.g. `cancel` or `refund:<id>`; a reference posts at most once. */
  reference: string
  /** Refunded amount of the vendor order; omitted: reverse everything not reversed yet (cancellation). */
  amount?: string | number
  now?: Date | string
}

const sum = (values: unknown[]) => values.reduce<ReturnType<typeof MathBN.convert>>((acc, v) => MathBN.add(acc, MathBN.convert(v as never)), MathBN.convert(0))

/**
 * The entries that undo (part of) an order's sale and its commission, effective immediately:
 * - no amount (cancellation): what is left of the sale and of the commission, exactly;
 * - an amount (refund): `sale_reversal` = −amount and the commission in proportion (rounded to cents;
 *   the refund that empties the sale reverses exactly the commission left, so nothing drifts).
 * Empty when the order has no ledger entries or `reference` was already posted.
 */
export const prepareLedgerReversalStep = createStep(
  "prepare-ledger-reversal",
  async (input: PrepareReversalInput, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const entries = await service.listLedgerEntries({ order_id: input.order_id })
    const sale = entries.filter((e) => e.type === "sale")
    if (!sale.length || entries.some((e) => e.type.endsWith("_reversal") && e.reference === input.reference)) {
      if (input.amount !== undefined && !sale.length) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id} is not a vendor order with a ledger`)
      }
      return new StepResponse([] as LedgerEntryInput[])
    }
    const saleOriginal = sum(sale.map((e) => e.amount))
    const commissionOriginal = sum(entries.filter((e) => e.type === "commission").map((e) => e.amount))
    const saleLeft = sum(entries.filter((e) => e.type === "sale" || e.type === "sale_reversal").map((e) => e.amount))
    const commissionLeft = sum(entries.filter((e) => e.type === "commission" || e.type === "commission_reversal").map((e) => e.amount))

    let saleReversal = MathBN.mult(saleLeft, -1)
    let commissionReversal = MathBN.mult(commissionLeft, -1)
    if (input.amount !== undefined) {
      const amount = MathBN.convert(input.amount)
      if (MathBN.lte(amount, 0) || MathBN.gt(amount, saleLeft)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `A refund must be more than 0 and at most ${saleLeft.toString()} (what is left of this vendor order)`
        )
      }
      if (!MathBN.eq(amount, saleLeft)) {
        saleReversal = MathBN.mult(amount, -1)
        commissionReversal = MathBN.eq(saleOriginal, 0)
          ? MathBN.convert(0)
          : MathBN.div(MathBN.mult(commissionOriginal, amount), saleOriginal).multipliedBy(-1).decimalPlaces(2, 4)
      }
    }
    const template = entries[0]
    const now = new Date(input.now ?? Date.now())
    const reversals: LedgerEntryInput[] = [
      { type: "sale_reversal" as const, amount: saleReversal },
      { type: "commission_reversal" as const, amount: commissionReversal },
    ]
      .filter((r) => !MathBN.eq(r.amount, 0))
      .map((r) => ({
        vendor_id: template.vendor_id,
        order_id: input.order_id,
        type: r.type,
        reference: input.reference,
        amount: r.amount.toString(),
        currency_code: template.currency_code,
        available_at: now,
      }))
    return new StepResponse(reversals)
  }
)
