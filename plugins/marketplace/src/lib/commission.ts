import { BigNumber, MathBN } from "@medusajs/framework/utils"
import type { CommissionScope } from "../modules/commission/models/commission-rule"

export type RuleLike = { id: string; scope: CommissionScope; reference: string; rate: unknown }
export type CommissionSubject = { vendor_id: string; vendor_kind: string; category_ids: string[] }

/** Most specific first: category > vendor > kind > default. */
export const COMMISSION_PRECEDENCE: CommissionScope[] = ["category", "vendor", "kind", "default"]

/**
 * The rule that applies to a line: a rule for one of the product's categories (the highest rate if
 * several categories have one), else the vendor's rule, else the rule for the vendor's kind, else the
 * platform default. `null` when no rule matches (commission 0).
 */
export function pickCommissionRule<R extends RuleLike>(rules: R[], subject: CommissionSubject): R | null {
  for (const scope of COMMISSION_PRECEDENCE) {
    const matching = rules.filter((r) => {
      if (r.scope !== scope) return false
      if (scope === "category") return subject.category_ids.includes(r.reference)
      if (scope === "vendor") return r.reference === subject.vendor_id
      if (scope === "kind") return r.reference === subject.vendor_kind
      return true
    })
    if (matching.length) {
      return matching.reduce((best, r) => (MathBN.gt(MathBN.convert(r.rate as never), MathBN.convert(best.rate as never)) ? r : best))
    }
  }
  return null
}

/** rate % of base, rounded half-up to `decimals` (2 for EUR/USD); exact decimal arithmetic. */
export function commissionAmount(base: unknown, rate: unknown, decimals = 2): string {
  const raw = MathBN.div(MathBN.mult(MathBN.convert(base as never), MathBN.convert(rate as never)), 100)
  return raw.decimalPlaces(decimals, 4 /* ROUND_HALF_UP */).toString()
}

/** Exact sum of amounts as a string. */
export function sumAmounts(values: unknown[]): string {
  return values.reduce<ReturnType<typeof MathBN.convert>>((acc, v) => MathBN.add(acc, MathBN.convert(v as never)), MathBN.convert(0)).toString()
}

export const toBigNumber = (v: string) => new BigNumber(v)
