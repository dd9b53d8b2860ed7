import { model } from "@medusajs/framework/utils"

/**
 * sale (+ vendor order total), commission (− commission), their reversals on refund/cancel, and
 * payout (− amount paid out). Signed amounts; a vendor's balance is the sum. `available_at` is the end
 * of the holding period. `(order_id, type, reference)` is unique: an event posts at most once.
 */
export const LEDGER_ENTRY_TYPES = ["sale", "commission", "sale_reversal", "commission_reversal", "payout"] as const

const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    vendor_id: model.text(),
    order_id: model.text().nullable(),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    reference: model.text().default(""),
    amount: model.bigNumber(),
    currency_code: model.text(),
    available_at: model.dateTime(),
  })
  .indexes([
    { on: ["vendor_id", "currency_code"] },
    { on: ["order_id", "type", "reference"], unique: true, where: "deleted_at IS NULL AND order_id IS NOT NULL" },
  ])

export default LedgerEntry
