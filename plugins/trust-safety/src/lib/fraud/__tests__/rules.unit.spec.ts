import { clientIp, countryOfIp, isRuleIp } from "../client"
import { amountLimit, DEFAULT_RULES, isCurrencyOverride, RULE_CODES, scoreOrder, scoreReview, totalScore, verdictOf, type OrderFacts, type RuleConfig } from "../rules"

const rules = (over: Partial<Record<string, Partial<RuleConfig>>> = {}): RuleConfig[] =>
  RULE_CODES.map((code) => ({ code, ...DEFAULT_RULES[code], ...(over[code] ?? {}) }) as RuleConfig)

const quiet: OrderFacts = {
  amount: 40,
  recent: { customer: 0, ip: 0, fingerprint: 0 },
  history: { count: 3, average: 35 },
  ip_country: "de",
  billing_country: "de",
  shipping_country: "de",
  account_age_hours: 500,
  shared: { device: 1, ip: 1, address: 1 },
}
const codes = (f: OrderFacts, r = rules()) => scoreOrder(r, f).map((x) => x.code).sort()

describe("fraud rules", () => {
  it("fires nothing on an ordinary order from a returning customer", () => {
    expect(scoreOrder(rules(), quiet)).toEqual([])
    expect(verdictOf(0, { review_score: 50, block_score: 100 })).toBe("allow")
  })

  it("fires each order rule at its threshold and not below it", () => {
    expect(codes({ ...quiet, recent: { customer: 3, ip: 0, fingerprint: 0 } })).toEqual(["velocity_customer"])
    expect(codes({ ...quiet, recent: { customer: 2, ip: 4, fingerprint: 3 } })).toEqual([])
    expect(codes({ ...quiet, recent: { customer: 0, ip: 5, fingerprint: 4 } })).toEqual(["velocity_fingerprint", "velocity_ip"])
    expect(codes({ ...quiet, amount: 176 })).toEqual(["amount_history"]) // > 5 × 35
    expect(codes({ ...quiet, amount: 175 })).toEqual([])
    expect(codes({ ...quiet, amount: 6000, history: { count: 0, average: null } })).toEqual(["amount_absolute"])
    expect(codes({ ...quiet, ip_country: "us" })).toEqual(["geo_mismatch"])
    expect(codes({ ...quiet, ip_country: null, billing_country: "us" })).toEqual([]) // unknown IP country: no verdict
    expect(codes({ ...quiet, amount: 500, history: { count: 0, average: null }, account_age_hours: 2 })).toEqual(["new_account_high_order"])
    expect(codes({ ...quiet, amount: 499, history: { count: 0, average: null }, account_age_hours: 2 })).toEqual([])
    expect(codes({ ...quiet, shared: { device: 3, ip: 1, address: 1 } })).toEqual(["shared_accounts"])
  })

  it("uses a per-currency amount where one is configured, else the rule's amount", () => {
    const jpy = rules().map((r) =>
      r.code === "amount_absolute" ? { ...r, params: { ...r.params, max_amount_jpy: 700_000 } } : r.code === "new_account_high_order" ? { ...r, params: { ...r.params, min_amount_jpy: 70_000 } } : r
    )
    const fresh = { ...quiet, history: { count: 0, average: null }, account_age_hours: 200 }
    const fired = (f: OrderFacts) => scoreOrder(jpy, f).map((x) => x.code).sort()
    expect(fired({ ...fresh, amount: 6000, currency_code: "jpy" })).toEqual([])
    expect(fired({ ...fresh, amount: 700_001, currency_code: "jpy" })).toEqual(["amount_absolute"])
    expect(fired({ ...fresh, amount: 6000, currency_code: "eur" })).toEqual(["amount_absolute"])
    expect(fired({ ...fresh, amount: 69_999, currency_code: "jpy", account_age_hours: 2 })).toEqual([])
    expect(fired({ ...fresh, amount: 70_000, currency_code: "jpy", account_age_hours: 2 })).toEqual(["new_account_high_order"])
    expect(amountLimit({ max_amount: 5000, max_amount_usd: 5500 }, "max_amount", "USD")).toBe(5500)
    expect(isCurrencyOverride("max_amount_jpy", { max_amount: 1 })).toBe(true)
    expect(isCurrencyOverride("max_orders_jpy", { max_orders: 1 })).toBe(false)
    expect(isCurrencyOverride("max_amount_jpy", { factor: 1 })).toBe(false)
  })

  it("adds the weights of fired rules and maps the score to allow / review / block", () => {
    const fired = scoreOrder(rules(), { ...quiet, ip_country: "us", amount: 176 })
    expect(totalScore(fired)).toBe(70)
    const t = { review_score: 50, block_score: 100 }
    expect([verdictOf(49, t), verdictOf(50, t), verdictOf(99, t), verdictOf(100, t)]).toEqual(["allow", "review", "review", "block"])
  })

  it("skips disabled rules and uses configured weights and params", () => {
    const r = rules({ geo_mismatch: { enabled: false }, velocity_customer: { weight: 7, params: { window_minutes: 10, max_orders: 1 } } })
    const fired = scoreOrder(r, { ...quiet, ip_country: "us", recent: { customer: 1, ip: 0, fingerprint: 0 } })
    expect(fired).toEqual([{ code: "velocity_customer", weight: 7, details: { orders_in_window: 1, window_minutes: 10, max_orders: 1 } }])
  })

  it("scores review bursts and reviews from the vendor's IPs", () => {
    expect(scoreReview(rules(), { recent_reviews_on_listing: 4, shared_vendor_ips: [] })).toEqual([])
    expect(scoreReview(rules(), { recent_reviews_on_listing: 5, shared_vendor_ips: ["81.2.69.142"] }).map((f) => f.code)).toEqual(["review_burst", "review_vendor_ip"])
  })
})

describe("client signals", () => {
  const req = (remote: string, xff?: string) => ({ socket: { remoteAddress: remote }, headers: xff ? { "x-forwarded-for": xff } : {} }) as never

  it("ignores X-Forwarded-For unless proxies are trusted, then takes the address that many hops back", () => {
    expect(clientIp(req("::ffff:10.0.0.5", "8.8.8.8"), 0)).toBe("10.0.0.5")
    expect(clientIp(req("10.0.0.5", "1.2.3.4, 8.8.8.8"), 1)).toBe("8.8.8.8")
    expect(clientIp(req("10.0.0.5", "1.2.3.4, 8.8.8.8"), 2)).toBe("1.2.3.4")
    expect(clientIp(req("10.0.0.5", "not-an-ip"), 1)).toBeNull()
  })

  it("treats private and loopback addresses as no client identity", () => {
    expect(["127.0.0.1", "10.1.2.3", "192.168.0.1", "172.20.0.1", "100.64.0.1", "::1", "fd00::1"].map(isRuleIp)).toEqual(Array(7).fill(false))
    expect(["8.8.8.8", "81.2.69.142", "2001:4860:4860::8888"].map(isRuleIp)).toEqual([true, true, true])
  })

  it("finds countries in geoip-lite's bundled database without a network", () => {
    expect(countryOfIp("8.8.8.8")).toBe("us")
    expect(countryOfIp("81.2.69.142")).toBe("gb")
    expect(countryOfIp(null)).toBeNull()
  })
})
