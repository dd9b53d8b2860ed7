import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually, registerCustomer, type Shopper } from "../helpers/courses"
import { bearer, refusal } from "../helpers/fixtures"
import { adminUserId, checkout } from "../helpers/fraud"
import { buyer, reviewShop, sellerWithProduct, type ReviewSeller } from "../helpers/reviews"

jest.setTimeout(300_000)

// One proxy in front of the server: the client IP is the last X-Forwarded-For entry.
process.env.FRAUD_TRUST_PROXY_HOPS = "1"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies are read loosely here
type Row = Record<string, any>

const US_IP = "8.8.8.8" // in geoip-lite's bundled database: US
const GB_IP = "81.2.69.142" // GB

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof reviewShop>>
    let lamp: ReviewSeller
    let piano: ReviewSeller

    const from = (ip: string) => ({ "x-forwarded-for": ip })
    const decisions = async (q: string) => (await api.get(`/admin/fraud/decisions?${q}`, shop.admin)).data.decisions as Row[]
    const codes = (d: Row) => (d.rules as Row[]).map((r) => r.code).sort()
    const orderCount = async () => (await (getContainer().resolve("order") as Row).listOrders({}, { select: ["id"] })).length
    const customer = (email: string) => registerCustomer(api, shop.store, { email, first_name: "Test" })

    beforeEach(async () => {
      shop = await reviewShop(getContainer(), api)
      lamp = await sellerWithProduct(api, shop.admin, "lamp-shop", "Brass Lamp", 20)
      piano = await sellerWithProduct(api, shop.admin, "piano-shop", "Grand Piano", 1000)
    })

    it("allows a normal order and stores its decision", async () => {
      const ada = await customer("ada@buyers.test")
      const res = await checkout(api, ada, shop.regionId, [lamp.variantId], from(GB_IP), { address_1: "1 High St", city: "London", postal_code: "N1", country_code: "de" })
      expect(res.data.type).toBe("order")
      const [d] = await decisions(`subject_type=order&subject_id=${res.data.cart_id}`)
      expect(d).toMatchObject({ verdict: "allow", status: "allowed", customer_id: ada.id, ip: GB_IP, ip_country: "gb", order_id: res.data.order.id })
      expect(codes(d)).toEqual(["geo_mismatch"]) // GB IP, German address: fired, but alone below the review score
      expect(d.score).toBe(30)
    })

    it("reads earlier decisions: accounts sharing a device and an address, and a customer's amount history", async () => {
      const hof = { address_1: "Hof 5", city: "Berlin", postal_code: "10117", country_code: "de" }
      const device = { "x-device-id": "device-shared-0001" }
      const [ann, ben, cat] = [await customer("ann@buyers.test"), await customer("ben@buyers.test"), await customer("cat@buyers.test")]
      expect((await checkout(api, ann, shop.regionId, [lamp.variantId], device, hof)).data.type).toBe("order")
      expect((await checkout(api, ben, shop.regionId, [lamp.variantId], device, hof)).data.type).toBe("order")
      const third = await checkout(api, cat, shop.regionId, [lamp.variantId], device, hof)
      expect(third.data.type).toBe("order") // shared_accounts alone stays below the review score
      const [shared] = await decisions(`subject_type=order&subject_id=${third.data.cart_id}`)
      // the third account on that device and at that address (loopback IPs are not compared)
      expect(shared.rules.find((r: Row) => r.code === "shared_accounts").details).toEqual({ accounts: { device: 3, address: 3 }, max_accounts: 3 })
      // cat again on that device: still three accounts (her own earlier order is not another account)
      const again = await checkout(api, cat, shop.regionId, [lamp.variantId], device, hof)
      const [repeat] = await decisions(`subject_type=order&subject_id=${again.data.cart_id}`)
      expect(repeat.rules.find((r: Row) => r.code === "shared_accounts").details).toEqual({ accounts: { device: 3, address: 3 }, max_accounts: 3 })

      // ann's history: two lamp orders, then a piano at more than 5 × their average
      const street = { address_1: "Allee 7", city: "Berlin", postal_code: "10115", country_code: "de" }
      expect((await checkout(api, ann, shop.regionId, [lamp.variantId], {}, street)).data.type).toBe("order")
      const big = await checkout(api, ann, shop.regionId, [piano.variantId], {}, street)
      const [history] = await decisions(`subject_type=order&subject_id=${big.data.cart_id}`)
      const [first] = await decisions(`subject_type=order&subject_id=${third.data.cart_id}`)
      const details = history.rules.find((r: Row) => r.code === "amount_history").details
      expect(details).toMatchObject({ earlier_orders: 2, factor: 5 })
      expect(details.average).toBeCloseTo(first.amount, 5) // two lamp orders of one amount
      expect(codes(history)).not.toContain("velocity_customer") // 2 earlier orders in the window, the limit is 3
    })

    it("blocks a velocity burst: the 4th order in 10 minutes from one customer is refused and no order is created", async () => {
      const ada = await customer("ada@buyers.test")
      for (let i = 0; i < 3; i++) expect((await checkout(api, ada, shop.regionId, [lamp.variantId])).data.type).toBe("order")
      const before = await orderCount()
      const res = await checkout(api, ada, shop.regionId, [lamp.variantId])
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/declined by our fraud checks/)
      expect(await orderCount()).toBe(before)
      const [d] = await decisions(`status=blocked`)
      expect(d).toMatchObject({ subject_id: res.data.cart_id, verdict: "block", order_id: expect.any(String) })
      expect(codes(d)).toContain("velocity_customer")
      expect(d.rules.find((r: Row) => r.code === "velocity_customer").details).toMatchObject({ orders_in_window: 3, max_orders: 3, window_minutes: 10 })
      // the cart was not completed: no captured or authorized payment
      const { data } = await api.get(`/store/carts/${res.data.cart_id}`, { headers: ada.headers })
      expect(data.cart.completed_at).toBeNull()
      expect(data.cart.payment_collection.payment_sessions.every((s: Row) => s.status !== "authorized" && s.status !== "captured")).toBe(true)
    })

    it("holds a high first order from a brand-new account in the queue; vendors cannot fulfil it until the operator releases it", async () => {
      const newbie = await customer("new@buyers.test")
      const res = await checkout(api, newbie, shop.regionId, [piano.variantId])
      expect(res.data.type).toBe("order") // placed, but held
      const [held] = await decisions("status=held&subject_type=order")
      expect(held).toMatchObject({ verdict: "review", customer_id: newbie.id, order_id: res.data.order.id })
      expect(codes(held)).toEqual(["new_account_high_order"])
      expect(held.rules[0].details).toMatchObject({ min_amount: 500 })

      const vendorOrderId = (await api.get("/vendor/orders", bearer(piano.token))).data.orders[0].id
      const refused = await refusal(api.post(`/vendor/orders/${vendorOrderId}/fulfill`, {}, bearer(piano.token)))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/held for a fraud review/)

      const adminId = await adminUserId(api, shop.admin)
      const { data } = await api.post(`/admin/fraud/decisions/${held.id}/decision`, { action: "release", note: "Called the customer" }, shop.admin)
      expect(data.decision).toMatchObject({ status: "released", decided_by: adminId, note: "Called the customer" })
      expect((await api.post(`/vendor/orders/${vendorOrderId}/fulfill`, {}, bearer(piano.token))).status).toBe(200)
      // a decided hold cannot be decided again
      expect((await refusal(api.post(`/admin/fraud/decisions/${held.id}/decision`, { action: "cancel" }, shop.admin))).status).toBe(400)
    })

    it("takes a money threshold per currency when the operator sets one (min_amount_<currency>)", async () => {
      const cfg = await api.post("/admin/fraud/config", { rules: [{ code: "new_account_high_order", params: { min_amount_eur: 100_000 } }] }, shop.admin)
      expect(cfg.data.config.rules.find((r: Row) => r.code === "new_account_high_order").params).toMatchObject({ min_amount: 500, min_amount_eur: 100_000 })
      const newbie = await customer("euro@buyers.test")
      const res = await checkout(api, newbie, shop.regionId, [piano.variantId])
      const [d] = await decisions(`subject_id=${res.data.cart_id}`)
      expect(d).toMatchObject({ currency_code: "eur", verdict: "allow" })
      expect(codes(d)).not.toContain("new_account_high_order")
      // only money parameters take a currency
      const bad = await refusal(api.post("/admin/fraud/config", { rules: [{ code: "velocity_ip", params: { max_orders_eur: 1 } }] }, shop.admin))
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/no parameter max_orders_eur/)])
    })

    it("cancels a held order's vendor orders when the operator cancels it", async () => {
      const newbie = await customer("new2@buyers.test")
      await checkout(api, newbie, shop.regionId, [piano.variantId])
      const [held] = await decisions("status=held")
      await api.post(`/admin/fraud/decisions/${held.id}/decision`, { action: "cancel" }, shop.admin)
      const vendorOrder = (await api.get("/vendor/orders", bearer(piano.token))).data.orders[0]
      expect((await api.get(`/vendor/orders/${vendorOrder.id}`, bearer(piano.token))).data.order.status).toBe("canceled")
    })

    it("fires the geo rule on an IP from another country than the addresses, and a disabled rule no longer fires", async () => {
      const ada = await customer("ada@buyers.test")
      const first = await checkout(api, ada, shop.regionId, [lamp.variantId], from(US_IP))
      const [d1] = await decisions(`subject_id=${first.data.cart_id}`)
      expect(d1.ip_country).toBe("us")
      expect(d1.rules.find((r: Row) => r.code === "geo_mismatch").details).toMatchObject({ ip_country: "us", billing_country: "de", shipping_country: "de" })

      const cfg = await api.post("/admin/fraud/config", { rules: [{ code: "geo_mismatch", enabled: false }] }, shop.admin)
      expect(cfg.data.config.rules.find((r: Row) => r.code === "geo_mismatch")).toMatchObject({ enabled: false, weight: 30 })
      const second = await checkout(api, ada, shop.regionId, [lamp.variantId], from(US_IP))
      const [d2] = await decisions(`subject_id=${second.data.cart_id}`)
      expect(codes(d2)).not.toContain("geo_mismatch")

      // thresholds and weights are the operator's too: a 30-point geo mismatch now holds the order
      await api.post("/admin/fraud/config", { rules: [{ code: "geo_mismatch", enabled: true }], thresholds: { review_score: 30, block_score: 200 } }, shop.admin)
      const third = await checkout(api, ada, shop.regionId, [lamp.variantId], from(US_IP))
      expect((await decisions(`subject_id=${third.data.cart_id}`))[0]).toMatchObject({ verdict: "review", status: "held" })
      for (const bad of [{ rules: [{ code: "nope" }] }, { rules: [{ code: "geo_mismatch", params: { unknown: 1 } }] }, { thresholds: { review_score: 90, block_score: 10 } }, { rules: [{ code: "geo_mismatch", weight: -1 }] }]) {
        expect([bad, (await refusal(api.post("/admin/fraud/config", bad, shop.admin))).status]).toEqual([bad, 400])
      }
    })

    it("holds the review that makes a burst on one listing, and a review from an IP the vendor's members use", async () => {
      // a tighter burst than the default (5 in 10 minutes), set by the operator
      await api.post("/admin/fraud/config", { rules: [{ code: "review_burst", params: { max_reviews: 3 } }] }, shop.admin)
      const buyers: Shopper[] = []
      for (const name of ["ann", "ben", "cat"]) buyers.push(await buyer(api, shop.store, shop.regionId, `${name}@buyers.test`, name, [lamp.variantId]))
      const written: Row[] = []
      for (const b of buyers) written.push((await api.post(`/store/products/${lamp.productId}/reviews`, { rating: 5, body: "Great lamp" }, { headers: b.headers })).data.review)
      const reviews = getContainer().resolve("reviews") as Row
      const third = await eventually(async () => (await decisions(`subject_type=review&subject_id=${written[2].id}`))[0])
      expect(third).toMatchObject({ verdict: "review", status: "held", product_id: lamp.productId })
      expect(third.rules[0]).toMatchObject({ code: "review_burst", details: { reviews_in_window: 3, max_reviews: 3 } })
      await eventually(async () => (await reviews.listReviews({ id: written[2].id }))[0].status === "pending")
      expect((await reviews.listReviews({ id: written[0].id }))[0].status).toBe("published")

      // the vendor's member works from 81.2.69.142; a buyer reviews the vendor's other listing from it
      await api.get("/vendor/reviews", { headers: { ...bearer(piano.token).headers, ...from(GB_IP) } })
      // (Dan lives elsewhere: a fourth account at the buyers' shared address would add shared_accounts to his new-account order and block it)
      const dan = await customer("dan@buyers.test")
      expect((await checkout(api, dan, shop.regionId, [piano.variantId], {}, { address_1: "Ring 9", city: "Köln", postal_code: "50667", country_code: "de" })).data.type).toBe("order")
      const { data } = await api.post(`/store/products/${piano.productId}/reviews`, { rating: 5, body: "Superb" }, { headers: { ...dan.headers, ...from(GB_IP) } })
      const d = await eventually(async () => (await decisions(`subject_type=review&subject_id=${data.review.id}`))[0])
      expect(codes(d)).toEqual(["review_vendor_ip"])
      expect(d.rules[0].details).toMatchObject({ shared_ips: [GB_IP] })
      await eventually(async () => (await reviews.listReviews({ id: data.review.id }))[0].status === "pending")
    })
  },
})
