import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
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
  /** Distinct other accounts (customer ids, else guest e-mails) seen with this device / IP / address. */
  shared_device: string[]
  shared_ip: string[]
  shared_address: string[]
}

class FraudModuleService extends MedusaService({ FraudRule, FraudSettings, FraudSignal, FraudDecision }) {
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
    const [row] = await manager.execute(
      `with d as (
         select customer_id, email, ip, fingerprint, device_id, address_key, status, amount, currency_code, created_at
           from fraud_decision
          where deleted_at is null and subject_type = 'order'
            and ((?::text is not null and "${who}" = ?::text)
              or (?::text is not null and ip = ?::text)
              or (?::text is not null and fingerprint = ?::text)
              or (?::text is not null and device_id = ?::text)
              or (?::text is not null and address_key = ?::text))
       ),
       h as (
         select amount from d
          where ?::text is not null and "${who}" = ?::text and status in ('allowed', 'held', 'released')
            and (?::text is null or currency_code = ?::text)
          order by created_at desc limit 200
       )
       select
         (select count(*) from h)::int as history_count,
         (select avg(amount) from h where amount > 0) as history_average,
         count(*) filter (where "${who}" = ?::text and status in ('allowed', 'held', 'released') and created_at >= ?)::int as recent_customer,
         count(*) filter (where ip = ?::text and status in ('allowed', 'held', 'released') and created_at >= ?)::int as recent_ip,
         count(*) filter (where fingerprint = ?::text and status in ('allowed', 'held', 'released') and created_at >= ?)::int as recent_fingerprint,
         coalesce(array_agg(distinct coalesce(customer_id, email)) filter (where device_id = ?::text and created_at >= ? and coalesce(customer_id, email) is not null), '{}') as shared_device,
         coalesce(array_agg(distinct coalesce(customer_id, email)) filter (where ip = ?::text and created_at >= ? and coalesce(customer_id, email) is not null), '{}') as shared_ip,
         coalesce(array_agg(distinct coalesce(customer_id, email)) filter (where address_key = ?::text and created_at >= ? and coalesce(customer_id, email) is not null), '{}') as shared_address
       from d`,
      [
        whoValue, whoValue, input.ip, input.ip, input.fingerprint, input.fingerprint, input.device_id, input.device_id, input.address_key, input.address_key,
        whoValue, whoValue, input.currency_code, input.currency_code,
        whoValue, ago(input.windows.customer),
        input.ip, ago(input.windows.ip),
        input.fingerprint, ago(input.windows.fingerprint),
        input.device_id, ago(input.shared_days * 24 * 60),
        input.ip, ago(input.shared_days * 24 * 60),
        input.address_key, ago(input.shared_days * 24 * 60),
      ]
    )
    const avg = row?.history_average == null ? null : Number(row.history_average)
    return {
      history_count: Number(row?.history_count ?? 0),
      history_average: avg !== null && Number.isFinite(avg) ? avg : null,
      recent_customer: whoValue ? Number(row?.recent_customer ?? 0) : null,
      recent_ip: input.ip ? Number(row?.recent_ip ?? 0) : null,
      recent_fingerprint: input.fingerprint ? Number(row?.recent_fingerprint ?? 0) : null,
      shared_device: (row?.shared_device as string[] | null) ?? [],
      shared_ip: (row?.shared_ip as string[] | null) ?? [],
      shared_address: (row?.shared_address as string[] | null) ?? [],
    }
  }
}

export default FraudModuleService
