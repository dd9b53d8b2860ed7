import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { bigNumberColumns, isUniqueViolation } from "../../lib/big-number-columns"
import CommissionLine from "./models/commission-line"
import CommissionRule, { type CommissionScope } from "./models/commission-rule"
import LedgerEntry, { LEDGER_ENTRY_TYPES } from "./models/ledger-entry"

/** Plugin options (`plugins: [{ resolve: "@vitrina/marketplace", options: { … } }]`) read by this module. */
export type CommissionModuleOptions = {
  /** Days a sale stays `pending` before it becomes `available` for payout. Default 14. */
  holding_period_days?: number
}

export const DEFAULT_HOLDING_PERIOD_DAYS = 14

/** A commission line as stored (see models/commission-line.ts); amounts as decimal strings. */
export type CommissionLineInput = {
  order_id: string; line_item_id: string; vendor_id: string; rule_id: string | null; scope: string
  rate: string; base_amount: string; amount: string; currency_code: string
}

/** A ledger entry as stored (see models/ledger-entry.ts); the amount as a decimal string. */
export type LedgerEntryInput = {
  vendor_id: string
  order_id: string | null
  type: (typeof LEDGER_ENTRY_TYPES)[number]
  reference: string
  amount: string
  currency_code: string
  available_at: Date
}

/** An order's commission: its lines and its ledger entries (workflows/commission: `planCommission`). */
export type CommissionRecordInput = { lines: CommissionLineInput[]; entries: LedgerEntryInput[] }

class CommissionModuleService extends MedusaService({ CommissionRule, CommissionLine, LedgerEntry }) {
  protected readonly options_: CommissionModuleOptions

  constructor(container: Record<string, unknown>, options: CommissionModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
  }

  /**
   * The rules that can apply to the given vendors' lines, with ONE statement (read inside every
   * checkout; the ORM's list would hydrate every rule of every vendor): the default and kind rules,
   * the category rules, and the vendor rules of these vendors only. Rates are the stored decimal
   * strings (no float rounding).
   */
  @InjectManager()
  async rulesForVendors(
    vendorIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; scope: CommissionScope; reference: string; rate: string }[]> {
    const manager = sharedContext.manager as { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
    const rows = await manager.execute(
      `select id, scope, reference, coalesce(raw_rate->>'value', rate::text) as rate from commission_rule
        where deleted_at is null and (scope <> 'vendor' or reference in (select jsonb_array_elements_text(?::jsonb)))
        order by id`,
      [JSON.stringify(vendorIds)]
    )
    return rows as { id: string; scope: CommissionScope; reference: string; rate: string }[]
  }

  /**
   * Stores an order's commission lines and its ledger entries with ONE statement (both or neither,
   * no ORM unit of work): it runs inside every checkout. Same rows as `createCommissionLines` and
   * `createLedgerEntries`; the unique indexes (one line per order line, one entry per order, type
   * and reference) refuse a second recording with a duplicate error.
   */
  @InjectManager()
  async recordCommission(plan: CommissionRecordInput, @MedusaContext() sharedContext: Context = {}): Promise<{ line_ids: string[]; entry_ids: string[] }> {
    if (!plan.lines.length && !plan.entries.length) return { line_ids: [], entry_ids: [] }
    const manager = sharedContext.manager as { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
    const params: unknown[] = []
    const lineRows = plan.lines.map((l) => {
      const [rate, base, amount] = [bigNumberColumns(l.rate), bigNumberColumns(l.base_amount), bigNumberColumns(l.amount)]
      params.push(generateEntityId(undefined, "coml"), l.order_id, l.line_item_id, l.vendor_id, l.rule_id, l.scope, rate.numeric, rate.raw, base.numeric, base.raw, amount.numeric, amount.raw, l.currency_code)
      return "(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?::jsonb, ?)"
    })
    const entryRows = plan.entries.map((e) => {
      const amount = bigNumberColumns(e.amount)
      params.push(generateEntityId(undefined, "ledg"), e.vendor_id, e.order_id, e.type, e.reference, amount.numeric, amount.raw, e.currency_code, e.available_at)
      return "(?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)"
    })
    const lines = lineRows.length
      ? `insert into commission_line (id, order_id, line_item_id, vendor_id, rule_id, scope, rate, raw_rate, base_amount, raw_base_amount, amount, raw_amount, currency_code)
         values ${lineRows.join(", ")} returning id`
      : "select null::text as id where false"
    const entries = entryRows.length
      ? `insert into ledger_entry (id, vendor_id, order_id, type, reference, amount, raw_amount, currency_code, available_at)
         values ${entryRows.join(", ")} returning id`
      : "select null::text as id where false"
    try {
      const [row] = await manager.execute(
        `with l as (${lines}), e as (${entries})
         select coalesce((select array_agg(id) from l), '{}') as line_ids, coalesce((select array_agg(id) from e), '{}') as entry_ids`,
        params
      )
      return { line_ids: (row?.line_ids as string[]) ?? [], entry_ids: (row?.entry_ids as string[]) ?? [] }
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "The commission of this order is already recorded")
      }
      throw e
    }
  }

  holdingPeriodDays(): number {
    const days = Number(this.options_.holding_period_days ?? DEFAULT_HOLDING_PERIOD_DAYS)
    return Number.isFinite(days) && days >= 0 ? days : DEFAULT_HOLDING_PERIOD_DAYS
  }
}

export default CommissionModuleService
