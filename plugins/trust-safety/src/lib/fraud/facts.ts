import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { countryOfIp, isRuleIp } from "./client"
import { fraudService } from "./config"
import type { OrderFacts, ReviewFacts, RuleConfig, RuleCode } from "./rules"

const since = (minutes: number) => new Date(Date.now() - minutes * 60_000)
const params = (rules: RuleConfig[], code: RuleCode) => rules.find((r) => r.code === code)!.params
const PLACED = ["allowed", "held", "released"]

/* eslint-disable @typescript-eslint/no-explicit-any -- query.graph rows are untyped without generated types */
type Row = Record<string, any>

export type Checkout = {
  cart_id: string
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

/** Reads the cart being completed and the latest signal captured on its completion request. */
export async function loadCheckout(c: MedusaContainer, cartId: string): Promise<Checkout | null> {
  const query = c.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id", "email", "currency_code", "total", "customer_id", "customer.created_at", "customer.has_account",
      "items.unit_price", "items.quantity", "shipping_methods.amount",
      "billing_address.country_code", "shipping_address.country_code", "shipping_address.address_1", "shipping_address.postal_code", "shipping_address.city",
      "payment_collection.payment_sessions.data",
    ],
    filters: { id: cartId },
  })
  const cart = (data[0] ?? {}) as Row
  const [signal] = await fraudService(c).listFraudSignals({ kind: "checkout", subject_id: cartId }, { order: { created_at: "DESC" }, take: 1 })
  // Only checkouts through the store API (the middleware recorded the request) are scored; a
  // completion run by server code (the seed, scripts) is trusted.
  if (!signal) return null
  const ip = signal?.ip ?? null
  const email = cart.email ? String(cart.email).toLowerCase() : null
  const items = (cart.items ?? []) as Row[]
  const computed = items.reduce((s, i) => s + num(i.unit_price) * num(i.quantity), 0) + ((cart.shipping_methods ?? []) as Row[]).reduce((s, m) => s + num(m.amount), 0)
  const total = num(cart.total) || computed
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
    customer_id: cart.customer_id ?? null,
    email,
    ip,
    ip_country: isRuleIp(ip) ? countryOfIp(ip) : null,
    device_id: signal?.device_id ?? null,
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

async function countPlaced(c: MedusaContainer, filter: Record<string, unknown>, minutes: number): Promise<number> {
  const [, n] = await fraudService(c).listAndCountFraudDecisions(
    { ...filter, subject_type: "order", status: PLACED, created_at: { $gte: since(minutes) } },
    { take: 1, select: ["id"] }
  )
  return n
}

/** Distinct accounts (customer ids, else guest e-mails) seen with a value of a checkout. */
async function accountsSharing(c: MedusaContainer, field: "device_id" | "ip" | "address_key", value: string | null, days: number, self: Checkout): Promise<number> {
  if (!value) return 0
  const rows = await fraudService(c).listFraudDecisions(
    { subject_type: "order", [field]: value, created_at: { $gte: since(days * 24 * 60) } },
    { select: ["customer_id", "email"], take: 500 }
  )
  const keys = new Set(rows.map((r) => r.customer_id ?? r.email).filter(Boolean))
  const me = self.customer_id ?? self.email
  if (me) keys.add(me)
  return keys.size
}

export async function orderFacts(c: MedusaContainer, rules: RuleConfig[], co: Checkout): Promise<OrderFacts> {
  const vc = params(rules, "velocity_customer")
  const vi = params(rules, "velocity_ip")
  const vf = params(rules, "velocity_fingerprint")
  const sh = params(rules, "shared_accounts")
  const customerFilter = co.customer_id ? { customer_id: co.customer_id } : co.email ? { email: co.email } : null
  const history = customerFilter
    ? await fraudService(c).listFraudDecisions(
        // Amounts compare only within one currency (no exchange rates here).
        { ...customerFilter, subject_type: "order", status: PLACED, ...(co.currency_code ? { currency_code: co.currency_code } : {}) },
        { select: ["amount"], take: 200, order: { created_at: "DESC" } }
      )
    : []
  const amounts = history.map((h) => Number(h.amount)).filter((n) => Number.isFinite(n) && n > 0)
  return {
    amount: co.amount,
    currency_code: co.currency_code?.toLowerCase() ?? null,
    recent: {
      customer: customerFilter ? await countPlaced(c, customerFilter, vc.window_minutes) : null,
      ip: isRuleIp(co.ip) ? await countPlaced(c, { ip: co.ip }, vi.window_minutes) : null,
      fingerprint: co.fingerprint ? await countPlaced(c, { fingerprint: co.fingerprint }, vf.window_minutes) : null,
    },
    history: { count: history.length, average: amounts.length ? amounts.reduce((s, n) => s + n, 0) / amounts.length : null },
    ip_country: co.ip_country,
    billing_country: co.billing_country,
    shipping_country: co.shipping_country,
    account_age_hours: co.has_account && co.customer_created_at ? (Date.now() - co.customer_created_at.getTime()) / 3_600_000 : null,
    shared: {
      device: await accountsSharing(c, "device_id", co.device_id, sh.lookback_days, co),
      ip: await accountsSharing(c, "ip", isRuleIp(co.ip) ? co.ip : null, sh.lookback_days, co),
      address: await accountsSharing(c, "address_key", co.address_key, sh.lookback_days, co),
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
    const reviewerIps = new Set(
      (await svc.listFraudSignals({ actor_id: s.customer_id, created_at: { $gte: lookback } }, { select: ["ip"], take: 500 })).map((r) => r.ip).filter(isRuleIp)
    )
    if (isRuleIp(s.ip)) reviewerIps.add(s.ip)
    if (reviewerIps.size) {
      const vendorSignals = await svc.listFraudSignals({ vendor_id: s.vendor_id, ip: [...reviewerIps], created_at: { $gte: lookback } }, { select: ["ip"], take: 50 })
      shared = [...new Set(vendorSignals.map((r) => r.ip).filter(Boolean) as string[])]
    }
  }
  return { recent_reviews_on_listing: earlier + 1, shared_vendor_ips: shared }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
