/**
 * Fraud rules v1: the rule catalogue with its defaults, and the pure scoring of facts gathered
 * about an order or a review (see `facts.ts`). Each rule is configurable (enabled, weight,
 * params); the sum of the weights of the rules that fired maps to allow / review / block.
 */

export type RuleCode =
  | "velocity_customer"
  | "velocity_ip"
  | "velocity_fingerprint"
  | "amount_history"
  | "amount_absolute"
  | "geo_mismatch"
  | "new_account_high_order"
  | "shared_accounts"
  | "review_burst"
  | "review_vendor_ip"

export type RuleConfig = { code: RuleCode; enabled: boolean; weight: number; params: Record<string, number> }
export type Thresholds = { review_score: number; block_score: number }
export type Verdict = "allow" | "review" | "block"
export type FiredRule = { code: RuleCode; weight: number; details: Record<string, unknown> }

export const RULE_SUBJECT: Record<RuleCode, "order" | "review"> = {
  velocity_customer: "order",
  velocity_ip: "order",
  velocity_fingerprint: "order",
  amount_history: "order",
  amount_absolute: "order",
  geo_mismatch: "order",
  new_account_high_order: "order",
  shared_accounts: "order",
  review_burst: "review",
  review_vendor_ip: "review",
}

/** Defaults (plugin options `fraud.rules` override them; an operator's saved row overrides both). */
export const DEFAULT_RULES: Record<RuleCode, Omit<RuleConfig, "code">> = {
  // More than `max_orders` orders already placed in the last `window_minutes` → the next one fires.
  velocity_customer: { enabled: true, weight: 100, params: { window_minutes: 10, max_orders: 3 } },
  velocity_ip: { enabled: true, weight: 60, params: { window_minutes: 10, max_orders: 5 } },
  velocity_fingerprint: { enabled: true, weight: 60, params: { window_minutes: 10, max_orders: 4 } },
  // The order is more than `factor` × the customer's average earlier order (needs `min_orders`).
  amount_history: { enabled: true, weight: 40, params: { factor: 5, min_orders: 2 } },
  amount_absolute: { enabled: true, weight: 50, params: { max_amount: 5000 } },
  // The IP's country (offline GeoIP) differs from the billing or the shipping country.
  geo_mismatch: { enabled: true, weight: 30, params: {} },
  // An account younger than `max_account_hours` places its first order of at least `min_amount`.
  new_account_high_order: { enabled: true, weight: 60, params: { max_account_hours: 24, min_amount: 500 } },
  // At least `max_accounts` distinct accounts (customers or guest e-mails) used one device, IP or
  // shipping address within `lookback_days`.
  shared_accounts: { enabled: true, weight: 40, params: { max_accounts: 3, lookback_days: 30 } },
  // `max_reviews` or more reviews of one listing within `window_minutes` (this one included).
  review_burst: { enabled: true, weight: 60, params: { max_reviews: 5, window_minutes: 10 } },
  // The reviewer used an IP a member of the listing's vendor used (within `lookback_days`).
  review_vendor_ip: { enabled: true, weight: 60, params: { lookback_days: 30 } },
}

export const DEFAULT_THRESHOLDS: Thresholds = { review_score: 50, block_score: 100 }

export const RULE_CODES = Object.keys(DEFAULT_RULES) as RuleCode[]

export function verdictOf(score: number, t: Thresholds): Verdict {
  if (score >= t.block_score) return "block"
  if (score >= t.review_score) return "review"
  return "allow"
}

/** What the rules look at, gathered from the database before scoring (see facts.ts). */
export type OrderFacts = {
  amount: number
  /** The order's currency (lower case); amounts and history are in it. */
  currency_code?: string | null
  /** Orders already placed (allowed or held) in each rule's window, keyed by rule code. */
  recent: { customer: number | null; ip: number | null; fingerprint: number | null }
  history: { count: number; average: number | null }
  ip_country: string | null
  billing_country: string | null
  shipping_country: string | null
  account_age_hours: number | null
  shared: { device: number; ip: number; address: number }
}

export type ReviewFacts = {
  recent_reviews_on_listing: number
  shared_vendor_ips: string[]
}

/** Money parameters, which may be set per currency as `<name>_<currency>` (e.g. `max_amount_jpy`). */
export const MONEY_PARAMS = ["max_amount", "min_amount"]

/** `max_amount_jpy` for a rule with `max_amount`: a per-currency override. */
export function isCurrencyOverride(key: string, params: Record<string, number>): boolean {
  const m = /^(.+)_([a-z]{3})$/.exec(key)
  return !!m && MONEY_PARAMS.includes(m[1]) && m[1] in params
}

/** A money parameter for the order's currency: `<name>_<currency>` when configured, else `<name>`. */
export function amountLimit(params: Record<string, number>, name: string, currency: string | null | undefined): number {
  const own = currency ? params[`${name}_${currency.toLowerCase()}`] : undefined
  return typeof own === "number" && Number.isFinite(own) ? own : params[name]
}

const fire = (rule: RuleConfig, details: Record<string, unknown>): FiredRule => ({ code: rule.code, weight: rule.weight, details })

export function scoreOrder(rules: RuleConfig[], f: OrderFacts): FiredRule[] {
  const fired: FiredRule[] = []
  for (const r of rules) {
    if (!r.enabled || RULE_SUBJECT[r.code] !== "order") continue
    const p = r.params
    switch (r.code) {
      case "velocity_customer":
      case "velocity_ip":
      case "velocity_fingerprint": {
        const key = r.code === "velocity_customer" ? "customer" : r.code === "velocity_ip" ? "ip" : "fingerprint"
        const n = f.recent[key]
        if (n !== null && n >= p.max_orders) fired.push(fire(r, { orders_in_window: n, window_minutes: p.window_minutes, max_orders: p.max_orders }))
        break
      }
      case "amount_history":
        if (f.history.count >= p.min_orders && f.history.average && f.amount > p.factor * f.history.average) {
          fired.push(fire(r, { amount: f.amount, average: f.history.average, factor: p.factor, earlier_orders: f.history.count }))
        }
        break
      case "amount_absolute": {
        // `max_amount_<currency>` (e.g. max_amount_jpy) overrides `max_amount` for that currency.
        const max = amountLimit(p, "max_amount", f.currency_code)
        if (f.amount > max) fired.push(fire(r, { amount: f.amount, max_amount: max, currency_code: f.currency_code ?? null }))
        break
      }
        break
      case "geo_mismatch": {
        if (!f.ip_country) break
        const mismatched = [
          f.billing_country && f.billing_country !== f.ip_country ? "billing" : null,
          f.shipping_country && f.shipping_country !== f.ip_country ? "shipping" : null,
        ].filter(Boolean)
        if (mismatched.length) {
          fired.push(fire(r, { ip_country: f.ip_country, billing_country: f.billing_country, shipping_country: f.shipping_country, mismatched }))
        }
        break
      }
      case "new_account_high_order": {
        const min = amountLimit(p, "min_amount", f.currency_code)
        if (f.account_age_hours !== null && f.account_age_hours < p.max_account_hours && f.history.count === 0 && f.amount >= min) {
          fired.push(fire(r, { account_age_hours: Math.round(f.account_age_hours * 10) / 10, amount: f.amount, min_amount: min }))
        }
        break
      }
      case "shared_accounts": {
        const over = Object.entries(f.shared).filter(([, n]) => n >= p.max_accounts)
        if (over.length) fired.push(fire(r, { accounts: Object.fromEntries(over), max_accounts: p.max_accounts }))
        break
      }
    }
  }
  return fired
}

export function scoreReview(rules: RuleConfig[], f: ReviewFacts): FiredRule[] {
  const fired: FiredRule[] = []
  for (const r of rules) {
    if (!r.enabled || RULE_SUBJECT[r.code] !== "review") continue
    if (r.code === "review_burst" && f.recent_reviews_on_listing >= r.params.max_reviews) {
      fired.push(fire(r, { reviews_in_window: f.recent_reviews_on_listing, window_minutes: r.params.window_minutes, max_reviews: r.params.max_reviews }))
    }
    if (r.code === "review_vendor_ip" && f.shared_vendor_ips.length) {
      fired.push(fire(r, { shared_ips: f.shared_vendor_ips.slice(0, 5) }))
    }
  }
  return fired
}

export const totalScore = (fired: FiredRule[]) => fired.reduce((s, r) => s + r.weight, 0)
