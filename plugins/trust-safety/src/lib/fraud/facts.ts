import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { countryOfIp, isRuleIp } from "./client"
import { fraudService } from "./config"
import type { CheckoutRequest } from "./checkout-request"
import type { OrderFacts, ReviewFacts, RuleConfig, RuleCode } from "./rules"

const since = (minutes: number) => new Date(Date.now() - minutes * 60_000)
const params = (rules: RuleConfig[], code: RuleCode) => rules.find((r) => r.code === code)!.params

/* eslint-disable @typescript-eslint/no-explicit-any -- query.graph rows are untyped without generated types */
type Row = Record<string, any>

export type Checkout = {
  cart_id: string
  /** The customer's order, once Medusa's completion created it. */
  order_id: string | null
  customer_id: string | null
  email: string | null
  ip: string | null
  ip_country: string | null
  device_id: string | null
  fingerprint: string | null
  address_key: string | null
  amount: number
  currency_code: string | null
  billing_country: string | null
  shipping_country: string | null
  customer_created_at: Date | null
  has_account: boolean
}

const num = (v: unknown): number => {
  const n = typeof v === "object" && v !== null && "value" in v ? Number((v as { value: unknown }).value) : Number(v)
  return Number.isFinite(n) ? n : 0
}

/** Reads the cart being completed; the IP and device come from its completion request. */
export async function loadCheckout(c: MedusaContainer, cartId: string, request: CheckoutRequest): Promise<Checkout> {
  const query = c.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      // The amount is the payment collection's (what is being authorized): asking for the cart's
      // `total` would make Medusa load and compute every line's totals once more.
      "id", "email", "currency_code", "customer_id", "customer.created_at", "customer.has_account",
      "order_link.order_id", "payment_collection.amount",
      "billing_address.country_code", "shipping_address.country_code", "shipping_address.address_1", "shipping_address.postal_code", "shipping_address.city",
      "payment_collection.payment_sessions.data",
    ],
    filters: { id: cartId },
  })
  const cart = (data[0] ?? {}) as Row
  const ip = request.ip
  const email = cart.email ? String(cart.email).toLowerCase() : null
  const total = num(cart.payment_collection?.amount)
  const sessionData = ((cart.payment_collection?.payment_sessions ?? []) as Row[]).map((s) => s?.data ?? {})[0] ?? {}
  // A card fingerprint when the payment provider gives one (Stripe: payment_method.card.fingerprint);
  // card-less payments fall back to the e-mail and IP pair.
  const providerPrint = sessionData.card_fingerprint ?? sessionData.fingerprint ?? sessionData.payment_method?.card?.fingerprint ?? null
  const fingerprint = providerPrint
    ? `card:${String(providerPrint).slice(0, 100)}`
    : email || ip
      ? `mail-ip:${createHash("sha256").update(`${email ?? ""}|${ip ?? ""}`).digest("hex").slice(0, 32)}`
      : null
  const a = cart.shipping_address as Row | null
  const address_key = a?.address_1
    ? createHash("sha256")
        .update([a.address_1, a.postal_code, a.city, a.country_code].map((s) => String(s ?? "").toLowerCase().replace(/\s+/g, " ").trim()).join("|"))
        .digest("hex")
        .slice(0, 32)
    : null
  return {
    cart_id: cartId,
    order_id: cart.order_link?.order_id ?? null,
    customer_id: cart.customer_id ?? null,
    email,
    ip,
    ip_country: isRuleIp(ip) ? countryOfIp(ip) : null,
    device_id: request.device_id,
    fingerprint,
    address_key,
    amount: total,
    currency_code: cart.currency_code ?? null,
    billing_country: cart.billing_address?.country_code?.toLowerCase() ?? null,
    shipping_country: a?.country_code?.toLowerCase() ?? null,
    customer_created_at: cart.customer?.created_at ? new Date(cart.customer.created_at) : null,
    has_account: !!cart.customer?.has_account,
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
  const accounts = (keys: string[], value: string | null) => (value ? new Set([...keys, ...(me ? [me] : [])]).size : 0)
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
