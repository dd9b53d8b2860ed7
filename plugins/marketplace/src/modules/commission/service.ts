import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import CommissionLine from "./models/commission-line"
import CommissionRule from "./models/commission-rule"
import LedgerEntry from "./models/ledger-entry"

/** Plugin options (`plugins: [{ resolve: "@vitrina/marketplace", options: { … } }]`) read by this module. */
export type CommissionModuleOptions = {
  /** Days a sale stays `pending` before it becomes `available` for payout. Default 14. */
  holding_period_days?: number
}

export const DEFAULT_HOLDING_PERIOD_DAYS = 14

class CommissionModuleService extends MedusaService({ CommissionRule, CommissionLine, LedgerEntry }) {
  protected readonly options_: CommissionModuleOptions

  constructor(container: Record<string, unknown>, options: CommissionModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
  }

  /**
   * Stores an order's commission lines and its ledger entries in one transaction (both or neither):
   * run by every checkout, where two separate creates cost two transactions.
   */
  @InjectTransactionManager()
  async recordCommission(
    plan: { lines: Record<string, unknown>[]; entries: Record<string, unknown>[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ line_ids: string[]; entry_ids: string[] }> {
    const lines = plan.lines.length ? await this.createCommissionLines(plan.lines as never[], sharedContext) : []
    const entries = plan.entries.length ? await this.createLedgerEntries(plan.entries as never[], sharedContext) : []
    return { line_ids: (lines as { id: string }[]).map((l) => l.id), entry_ids: (entries as { id: string }[]).map((e) => e.id) }
  }

  holdingPeriodDays(): number {
    const days = Number(this.options_.holding_period_days ?? DEFAULT_HOLDING_PERIOD_DAYS)
    return Number.isFinite(days) && days >= 0 ? days : DEFAULT_HOLDING_PERIOD_DAYS
  }
}

export default CommissionModuleService
