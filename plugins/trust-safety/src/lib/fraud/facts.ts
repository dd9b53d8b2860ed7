import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createHash } from "node:crypto"
import { countryOfIp, isRuleIp } from "./client"
import type { CheckoutDecisionInput } from "../../modules/fraud/service"
import { fraudService } from "./config"
import type { CheckoutRequest } from "./checkout-request"
import type { OrderFacts, ReviewFacts, RuleConfig, RuleCode } from "./rules"

const since = (minutes: number) => new Date(Date.now() - minutes * 60_000)
const params = (rules: RuleConfig[], code: RuleCode) => rules.find((r) => r.code === code)!.params

/* eslint-disable @typescript-eslint/no-explicit-any -- query.graph rows are untyped without generated types */
type Row = Record<string, any>

/** The checkout as the rules read it: the fields its decision keeps, and what only the rules need. */
export type Checkout = Pick<
  CheckoutDecisionInput,
  "order_id" | "customer_id" | "email" | "ip" | "ip_country" | "device_id" | "fingerprint" | "address_key" | "currency_code"
> & {
  cart_id: string
  amount: number
  billing_country: string | null
  shipping_country: string | null
  customer_created_at: Date | null
  has_account: boolean
}

const num = (v: unknown): number => {
  const n = typeof v === "object" && v !== null && "value" in v ? Number((v as { value: unknown }).value) : Number(v)
  return Number.isFinite(n) ? n : 0
}

/**
 * The cart being completed, with what the checkout rules read of it, in ONE statement: this runs
 * inside every cart completion, where `query.graph` over the cart, its customer, addresses, payment
 * collection, session and order link costs six queries and the joiner's work. Read-only, with bound
 * parameters, on the tables those modules and links own (the same rows `query.graph` returns).
 * The amount is the payment collection's (what is being authorized), not a fresh totals computation.
 */
const CHECKOUT_SQL = `
  select c.id, c.email, c.currency_code, c.customer_id,
         cu.created_at as customer_created_at, cu.has_account,
         (select oc.order_id from order_cart oc where oc.cart_id = c.id and oc.deleted_at is null limit 1) as order_id,
         pc.amount as payment_amount,
         (select ps.data from payment_session ps
           where ps.payment_collection_id = pc.id and ps.deleted_at is null order by ps.created_at limit 1) as session_data,
         ba.country_code as billing_country,
         sa.country_code as shipping_country, sa.address_1, sa.postal_code, sa.city
    from cart c
    left join customer cu on cu.id = c.customer_id and cu.deleted_at is null
    left join cart_address sa on sa.id = c.shipping_address_id and sa.deleted_at is null
    left join cart_address ba on ba.id = c.billing_address_id and ba.deleted_at is null
    left join cart_payment_collection cpc on cpc.cart_id = c.id and cpc.deleted_at is null
    left join payment_collection pc on pc.id = cpc.payment_collection_id and pc.deleted_at is null
   where c.id = ? and c.deleted_at is null
   limit 1`

/** Reads the cart being completed; the IP and device come from its completion request. */
export async function loadCheckout(c: MedusaContainer, cartId: string, request: CheckoutRequest): Promise<Checkout> {
  const pg = c.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = (await pg.raw(CHECKOUT_SQL, [cartId])) as { rows: Row[] }
  const row = rows[0] ?? {}
  const ip = request.ip
  const email = row.email ? String(row.email).toLowerCase() : null
  const total = num(row.payment_amount)
  const sessionData = (row.session_data ?? {}) as Row
  // A card fingerprint when the payment provider gives one (Stripe: payment_method.card.fingerprint);
  // card-less payments fall back to the e-mail and IP pair.
  const providerPrint = sessionData.card_fingerprint ?? sessionData.fingerprint ?? sessionData.payment_method?.card?.fingerprint ?? null
  const fingerprint = providerPrint
    ? `card:${String(providerPrint).slice(0, 100)}`
    : email || ip
      ? `mail-ip:${createHash("sha256").update(`${email ?? ""}|${ip ?? ""}`).digest("hex").slice(0, 32)}`
      : null
  const a = row.address_1 ? { address_1: row.address_1, postal_code: row.postal_code, city: row.city, country_code: row.shipping_country } : null
  const address_key = a?.address_1
    ? createHash("sha256")
        .update([a.address_1, a.postal_code, a.city, a.country_code].map((s) => String(s ?? "").toLowerCase().replace(/\s+/g, " ").trim()).join("|"))
        .digest("hex")
        .slice(0, 32)
    : null
  return {
    cart_id: cartId,
    order_id: row.order_id ?? null,
    customer_id: row.customer_id ?? null,
    email,
    ip,
    ip_country: isRuleIp(ip) ? countryOfIp(ip) : null,
    device_id: request.device_id,
    fingerprint,
    address_key,
    amount: total,
    currency_code: row.currency_code ?? null,
    billing_country: row.billing_country ? String(row.billing_country).toLowerCase() : null,
    shipping_country: row.shipping_country ? String(row.shipping_country).toLowerCase() : null,
    customer_created_at: row.customer_created_at ? new Date(row.customer_created_at) : null,
    has_account: !!row.has_account,
  }
}

export async function orderFacts(c: MedusaContainer, rules: RuleConfig[], co: Checkout): Promise<OrderFacts> {
  const ruleIp = isRuleIp(co.ip) ? co.ip : null
  const h = await fraudService(c).checkoutHistory({
    customer_id: co.customer_id,
    email: co.email,
    // Amounts compare only within one currency (no exchange rates here).
    currency_code: co.currency_code,
    ip: ruleIp,
    fingerprint: co.fingerprint,
    device_id: co.device_id,
    address_key: co.address_key,
    windows: {
      customer: params(rules, "velocity_customer").window_minutes,
      ip: params(rules, "velocity_ip").window_minutes,
      fingerprint: params(rules, "velocity_fingerprint").window_minutes,
    },
    shared_days: params(rules, "shared_accounts").lookback_days,
  })
  // Distinct accounts seen with a value, this checkout's own account included.
  const me = co.customer_id ?? co.email
  const accounts = (others: number, value: string | null) => (value ? others + (me ? 1 : 0) : 0)
  return {
    amount: co.amount,
    currency_code: co.currency_code?.toLowerCase() ?? null,
    recent: { customer: h.recent_customer, ip: h.recent_ip, fingerprint: h.recent_fingerprint },
    history: { count: h.history_count, average: h.history_average },
    ip_country: co.ip_country,
    billing_country: co.billing_country,
    shipping_country: co.shipping_country,
    account_age_hours: co.has_account && co.customer_created_at ? (Date.now() - co.customer_created_at.getTime()) / 3_600_000 : null,
    shared: {
      device: accounts(h.shared_device, co.device_id),
      ip: accounts(h.shared_ip, ruleIp),
      address: accounts(h.shared_address, co.address_key),
    },
  }
}

export type ReviewSubject = { review_id: string; product_id: string; vendor_id: string | null; customer_id: string; ip: string | null; device_id: string | null }

export async function loadReviewSubject(c: MedusaContainer, reviewId: string): Promise<ReviewSubject | null> {
  const reviews = c.resolve("reviews") as { listReviews: (f: object, o: object) => Promise<Row[]> }
  const [review] = await reviews.listReviews({ id: reviewId }, { take: 1, select: ["id", "product_id", "vendor_id", "customer_id"] })
  if (!review) return null
  const [signal] = await fraudService(c).listFraudSignals(
    { kind: "review", actor_id: review.customer_id, created_at: { $gte: since(10) } },
    { order: { created_at: "DESC" }, take: 1 }
  )
  // Only reviews written through the store API are scored (not the seed's or an import's).
  if (!signal) return null
  let vendorId = review.vendor_id ?? null
  if (!vendorId) {
    const { data } = await c.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["vendor.id"], filters: { id: review.product_id } })
    vendorId = (data[0] as Row | undefined)?.vendor?.id ?? null
  }
  return { review_id: review.id, product_id: review.product_id, vendor_id: vendorId, customer_id: review.customer_id, ip: signal?.ip ?? null, device_id: signal?.device_id ?? null }
}

export async function reviewFacts(c: MedusaContainer, rules: RuleConfig[], s: ReviewSubject): Promise<ReviewFacts> {
  const burst = params(rules, "review_burst")
  const vip = params(rules, "review_vendor_ip")
  const svc = fraudService(c)
  const [, earlier] = await svc.listAndCountFraudDecisions(
    { subject_type: "review", product_id: s.product_id, subject_id: { $ne: s.review_id }, created_at: { $gte: since(burst.window_minutes) } },
    { take: 1, select: ["id"] }
  )
  let shared: string[] = []
  if (s.vendor_id) {
    const lookback = since(vip.lookback_days * 24 * 60)
    // The reviewer's IPs: its recorded requests, and its checkouts (their decisions keep the IP).
    const [signals, checkouts] = await Promise.all([
      svc.listFraudSignals({ actor_id: s.customer_id, created_at: { $gte: lookback } }, { select: ["ip"], take: 500 }),
      svc.listFraudDecisions({ subject_type: "order", customer_id: s.customer_id, created_at: { $gte: lookback } }, { select: ["ip"], take: 500 }),
    ])
    const reviewerIps = new Set([...signals, ...checkouts].map((r) => r.ip).filter(isRuleIp))
    if (isRuleIp(s.ip)) reviewerIps.add(s.ip)
    if (reviewerIps.size) {
      const vendorSignals = await svc.listFraudSignals({ vendor_id: s.vendor_id, ip: [...reviewerIps], created_at: { $gte: lookback } }, { select: ["ip"], take: 50 })
      shared = [...new Set(vendorSignals.map((r) => r.ip).filter(Boolean) as string[])]
    }
  }
  return { recent_reviews_on_listing: earlier + 1, shared_vendor_ips: shared }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
