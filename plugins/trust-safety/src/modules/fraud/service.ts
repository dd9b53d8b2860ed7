import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import FraudDecision from "./models/fraud-decision"
import FraudRule from "./models/fraud-rule"
import FraudSettings from "./models/fraud-settings"
import FraudSignal from "./models/fraud-signal"

/** What the checkout rules compare a new checkout with (see `checkoutHistory`). */
export type CheckoutHistoryInput = {
  /** The customer's account, else the guest e-mail: whose earlier orders count. */
  customer_id: string | null
  email: string | null
  currency_code: string | null
  ip: string | null
  fingerprint: string | null
  device_id: string | null
  address_key: string | null
  /** Velocity windows in minutes, and the shared-accounts lookback in days. */
  windows: { customer: number; ip: number; fingerprint: number }
  shared_days: number
}

export type CheckoutHistory = {
  /** Earlier placed orders of the customer (same currency; the newest 200) and their average amount. */
  history_count: number
  history_average: number | null
  /** Placed orders inside each velocity window (null: nothing to match on). */
  recent_customer: number | null
  recent_ip: number | null
  recent_fingerprint: number | null
  /**
   * How many distinct OTHER accounts (customer ids, else guest e-mails; not this checkout's) were
   * seen with this device / IP / address inside the lookback, counted in at most 500 of its decisions.
   */
  shared_device: number
  shared_ip: number
  shared_address: number
}

/** A checkout's decision as scored (lib/fraud: `scoreCheckout`). */
export type CheckoutDecisionInput = {
  subject_type: "order"
  /** The cart being completed. */
  subject_id: string
  /** The customer's order, once Medusa's completion created it. */
  order_id: string | null
  customer_id: string | null
  email: string | null
  ip: string | null
  ip_country: string | null
  device_id: string | null
  fingerprint: string | null
  address_key: string | null
  amount: number | null
  currency_code: string | null
  score: number
  verdict: string
  rules: unknown
  status: string
}

export type FraudRuleRow = { code: string; enabled: boolean; weight: number; params: Record<string, number> | null }
export type FraudSettingsRow = { review_score: number; block_score: number }

class FraudModuleService extends MedusaService({ FraudRule, FraudSettings, FraudSignal, FraudDecision }) {
  /**
   * Stores a checkout's decision with ONE insert (no ORM unit of work): it is written inside every
   * cart completion. Same row as `createFraudDecisions` would write; the verdict and status are
   * checked by the table's constraints.
   */
  @InjectManager()
  async recordCheckoutDecision(
    d: CheckoutDecisionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; verdict: string; score: number; status: string }> {
    const manager = sharedContext.manager as { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
    const [row] = await manager.execute(
      `insert into fraud_decision (id, subject_type, subject_id, order_id, customer_id, email, ip, ip_country, device_id, fingerprint,
                                   address_key, amount, currency_code, score, verdict, rules, status)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
       returning id, verdict, score, status`,
      [
        generateEntityId(undefined, "fdec"), d.subject_type, d.subject_id, d.order_id, d.customer_id, d.email, d.ip, d.ip_country, d.device_id,
        d.fingerprint, d.address_key, d.amount, d.currency_code, d.score, d.verdict, JSON.stringify(d.rules), d.status,
      ]
    )
    return row as { id: string; verdict: string; score: number; status: string }
  }

  /**
   * The operator's rule rows and thresholds in ONE statement (read by every checkout's scoring;
   * the two list calls cost two ORM round trips). Rules without a row are absent: the caller
   * applies the defaults.
   */
  @InjectManager()
  async configRows(@MedusaContext() sharedContext: Context = {}): Promise<{ rules: FraudRuleRow[]; settings: FraudSettingsRow | null }> {
    const manager = sharedContext.manager as { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
    const [row] = await manager.execute(
      `select
         (select coalesce(json_agg(json_build_object('code', code, 'enabled', enabled, 'weight', weight, 'params', params) order by id), '[]'::json)
            from fraud_rule where deleted_at is null) as rules,
         (select json_build_object('review_score', review_score, 'block_score', block_score)
            from fraud_settings where deleted_at is null and key = 'default' order by id limit 1) as settings`
    )
    return { rules: (row?.rules as FraudRuleRow[] | null) ?? [], settings: (row?.settings as FraudSettingsRow | null) ?? null }
  }

  /**
   * Every figure the checkout rules read from earlier decisions, in ONE statement: the scoring runs
   * inside every cart completion, where seven separate ORM queries cost more than the rest of the
   * rules together. Same filters as the rules document (placed = allowed, held or released;
   * the shared-accounts rule counts every decision).
   */
  @InjectManager()
  async checkoutHistory(input: CheckoutHistoryInput, @MedusaContext() sharedContext: Context = {}): Promise<CheckoutHistory> {
    const manager = sharedContext.manager as { execute: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]> }
    const who = input.customer_id ? "customer_id" : "email"
    const whoValue = input.customer_id ?? input.email
    const now = Date.now()
    const ago = (minutes: number) => new Date(now - minutes * 60_000)
    const live = `deleted_at is null and subject_type = 'order'`
    const placed = `status in ('allowed', 'held', 'released')`
    // Each figure from its own index (customer_id / email, ip, fingerprint, device_id, address_key),
    // bounded like the rules' reads were: the newest 200 orders of history, 500 decisions per shared value.
    const velocity = (column: string) => `(select count(*) from fraud_decision where ${live} and ${placed} and "${column}" = ?::text and created_at >= ?)::int`
    // Counted here, not returned: a busy address (a pick-up point, a shared office) has hundreds of
    // accounts, and only their number matters to the rule.
    const shared = (column: string) =>
      `(select count(distinct k) from (select coalesce(customer_id, email) as k from fraud_decision
         where ${live} and "${column}" = ?::text and created_at >= ? limit 500) x
         where k is not null and k is distinct from ?::text)::int`
    const lookback = ago(input.shared_days * 24 * 60)
    const [row] = await manager.execute(
      `with h as (
         select amount from fraud_decision
          where ${live} and ${placed} and "${who}" = ?::text and (?::text is null or currency_code = ?::text)
          order by created_at desc limit 200
       )
       select
         (select count(*) from h)::int as history_count,
         (select avg(amount) from h where amount > 0) as history_average,
         ${velocity(who)} as recent_customer,
         ${velocity("ip")} as recent_ip,
         ${velocity("fingerprint")} as recent_fingerprint,
         ${shared("device_id")} as shared_device,
         ${shared("ip")} as shared_ip,
         ${shared("address_key")} as shared_address`,
      [
        whoValue, input.currency_code, input.currency_code,
        whoValue, ago(input.windows.customer),
        input.ip, ago(input.windows.ip),
        input.fingerprint, ago(input.windows.fingerprint),
        input.device_id, lookback, whoValue,
        input.ip, lookback, whoValue,
        input.address_key, lookback, whoValue,
      ]
    )
    const avg = row?.history_average == null ? null : Number(row.history_average)
    return {
      history_count: Number(row?.history_count ?? 0),
      history_average: avg !== null && Number.isFinite(avg) ? avg : null,
      recent_customer: whoValue ? Number(row?.recent_customer ?? 0) : null,
      recent_ip: input.ip ? Number(row?.recent_ip ?? 0) : null,
      recent_fingerprint: input.fingerprint ? Number(row?.recent_fingerprint ?? 0) : null,
      shared_device: Number(row?.shared_device ?? 0),
      shared_ip: Number(row?.shared_ip ?? 0),
      shared_address: Number(row?.shared_address ?? 0),
    }
  }
}

export default FraudModuleService
