import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually, type Shopper } from "../helpers/courses"
import { bearer, refusal } from "../helpers/fixtures"
import { adminUserId } from "../helpers/fraud"
import { buyer, reviewShop, sellerWithProduct, type ReviewSeller } from "../helpers/reviews"
import { catalogIndexReady, searchCatalog, titles } from "../helpers/search"

jest.setTimeout(300_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies are read loosely here
type Row = Record<string, any>

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof reviewShop>>
    let lamp: ReviewSeller
    let vase: ReviewSeller
    let ada: Shopper
    let bob: Shopper

    const as = (s: { headers: Record<string, string> }) => ({ headers: s.headers })
    const report = (s: { headers: Record<string, string> }, body: Row) => api.post("/store/reports", body, as(s))
    const act = (body: Row) => api.post("/admin/reports/actions", body, shop.admin)
    const storeProductIds = async () => ((await api.get("/store/products?limit=100", shop.store)).data.products as Row[]).map((p) => p.id)

    beforeEach(async () => {
      shop = await reviewShop(getContainer(), api)
      lamp = await sellerWithProduct(api, shop.admin, "lamp-shop", "Brass Lamp")
      vase = await sellerWithProduct(api, shop.admin, "vase-shop", "Glass Vase")
      ada = await buyer(api, shop.store, shop.regionId, "ada@buyers.test", "Ada", [lamp.variantId])
      bob = await buyer(api, shop.store, shop.regionId, "bob@buyers.test", "Bob", [])
    })

    it("requires sign-in to report and refuses unknown targets and bad input", async () => {
      expect((await refusal(api.post("/store/reports", { target_type: "listing", target_id: lamp.productId, reason: "spam" }, shop.store))).status).toBe(401)
      const missing = await refusal(report(ada, { target_type: "listing", target_id: "prod_doesnotexist", reason: "spam" }))
      expect(missing.status).toBe(404)
      expect((await refusal(report(ada, { target_type: "review", target_id: "rev_nope", reason: "spam" }))).status).toBe(404)
      expect((await refusal(report(ada, { target_type: "vendor", target_id: "ven_nope", reason: "fraud" }))).status).toBe(404)
      for (const bad of [
        { target_type: "order", target_id: lamp.productId, reason: "spam" },
        { target_type: "listing", target_id: lamp.productId, reason: "boring" },
        { target_type: "listing", target_id: "../etc", reason: "spam" },
        { target_type: "listing", target_id: lamp.productId, reason: "other", details: "x".repeat(2001) },
        { target_type: "listing", target_id: lamp.productId, reason: "other", details: "a\u0000b" },
        { target_type: "listing", target_id: lamp.productId, reason: "spam", extra: 1 },
      ]) {
        expect([bad, (await refusal(report(ada, bad))).status]).toEqual([bad, 400])
      }
      // a message id is accepted as given (conversations do not exist yet)
      expect((await report(ada, { target_type: "message", target_id: "msg_01ABC", reason: "offensive" })).status).toBe(201)
    })

    it("groups reports per target in the operator's queue; a second open report by the same person is refused (409)", async () => {
      expect((await report(ada, { target_type: "listing", target_id: lamp.productId, reason: "counterfeit", details: "Fake brass" })).status).toBe(201)
      expect((await report(bob, { target_type: "listing", target_id: lamp.productId, reason: "spam" })).status).toBe(201)
      // a vendor member may report too
      expect((await api.post("/store/reports", { target_type: "listing", target_id: lamp.productId, reason: "counterfeit" }, { headers: { ...shop.store.headers, ...bearer(vase.token).headers } })).status).toBe(201)
      expect((await report(bob, { target_type: "vendor", target_id: vase.vendorId, reason: "fraud" })).status).toBe(201)
      const again = await refusal(report(ada, { target_type: "listing", target_id: lamp.productId, reason: "spam" }))
      expect(again.status).toBe(409)

      expect((await refusal(api.get("/admin/reports", shop.store))).status).toBe(401)
      const { data } = await api.get("/admin/reports", shop.admin)
      expect(data.count).toBe(2)
      const [first, second] = data.groups as Row[]
      expect(first).toMatchObject({ target_type: "listing", target_id: lamp.productId, target_label: "Brass Lamp", target_vendor_id: lamp.vendorId, count: 3, reasons: { counterfeit: 2, spam: 1 } })
      expect(first.reports).toHaveLength(3)
      expect(first.latest_at).toBeTruthy()
      expect(second).toMatchObject({ target_type: "vendor", target_id: vase.vendorId, count: 1, reasons: { fraud: 1 } })
      expect((await api.get("/admin/reports?target_type=vendor", shop.admin)).data.groups.map((g: Row) => g.target_id)).toEqual([vase.vendorId])
    })

    it("hides a reported listing: it leaves /store/products and search, the reports close and the audit names the admin", async () => {
      await catalogIndexReady(getContainer())
      const lampFound = async () => titles(await searchCatalog(api, shop.store.headers, { filters: { q: "brass lamp" } })).includes("Brass Lamp")
      await eventually(lampFound, 30_000)
      expect(await storeProductIds()).toContain(lamp.productId)
      await report(ada, { target_type: "listing", target_id: lamp.productId, reason: "prohibited" })
      await report(bob, { target_type: "listing", target_id: lamp.productId, reason: "prohibited" })
      const adminId = await adminUserId(api, shop.admin)

      const { data } = await act({ target_type: "listing", target_id: lamp.productId, action: "hide_target", note: "Prohibited item" })
      expect(data.audit_entry).toMatchObject({ action: "hide_target", actor_id: adminId, note: "Prohibited item", target_id: lamp.productId })

      const ids = await storeProductIds()
      expect(ids).not.toContain(lamp.productId)
      expect(ids).toContain(vase.productId)
      await eventually(async () => !(await lampFound()), 30_000)

      expect((await api.get("/admin/reports", shop.admin)).data.count).toBe(0)
      const closed = (await api.get("/admin/reports?status=actioned", shop.admin)).data.groups
      expect(closed).toHaveLength(1)
      expect(closed[0].reports.every((r: Row) => r.status === "actioned")).toBe(true)

      const audit = (await api.get(`/admin/reports/audit?target_type=listing&target_id=${lamp.productId}`, shop.admin)).data
      expect(audit.count).toBe(1)
      expect(audit.audit[0]).toMatchObject({ actor_id: adminId, action: "hide_target", details: { product_unpublished: lamp.productId, target_vendor_id: lamp.vendorId } })
      expect(audit.audit[0].report_ids).toHaveLength(2)
      expect(audit.audit[0].created_at).toBeTruthy()
      // nothing left to act on
      expect((await refusal(act({ target_type: "listing", target_id: lamp.productId, action: "dismiss" }))).status).toBe(404)
    })

    it("hides a reported review in the reviews plugin and suspends the vendor of a reported listing, whose listings leave the store", async () => {
      const { data: { review } } = await api.post(`/store/products/${lamp.productId}/reviews`, { rating: 5, body: "Best lamp ever, buy five." }, as(ada))
      await report(bob, { target_type: "review", target_id: review.id, reason: "spam" })
      await act({ target_type: "review", target_id: review.id, action: "hide_target", note: "Paid review" })
      const reviews = getContainer().resolve("reviews") as Row
      expect((await reviews.listReviews({ id: review.id }))[0].status).toBe("hidden")
      expect((await api.get(`/store/products/${lamp.productId}/reviews`, shop.store)).data.count).toBe(0)

      await report(bob, { target_type: "listing", target_id: lamp.productId, reason: "counterfeit" })
      const { data } = await act({ target_type: "listing", target_id: lamp.productId, action: "suspend_vendor", note: "Counterfeits" })
      expect(data.audit_entry.details).toMatchObject({ vendor_suspended: lamp.vendorId })
      expect((await api.get(`/admin/vendors/${lamp.vendorId}`, shop.admin)).data.vendor.status).toBe("suspended")
      expect(await storeProductIds()).not.toContain(lamp.productId)

      // hiding a vendor target suspends it too; a message cannot be hidden yet
      await report(ada, { target_type: "vendor", target_id: vase.vendorId, reason: "fraud" })
      await act({ target_type: "vendor", target_id: vase.vendorId, action: "hide_target" })
      expect((await api.get(`/admin/vendors/${vase.vendorId}`, shop.admin)).data.vendor.status).toBe("suspended")
      expect(await storeProductIds()).not.toContain(vase.productId)
      await report(ada, { target_type: "message", target_id: "msg_01XYZ", reason: "offensive" })
      expect((await refusal(act({ target_type: "message", target_id: "msg_01XYZ", action: "hide_target" }))).status).toBe(400)

      const audit = (await api.get("/admin/reports/audit", shop.admin)).data.audit as Row[]
      expect(audit.map((a) => a.action)).toEqual(["hide_target", "suspend_vendor", "hide_target"])
    })

    it("dismisses reports without touching the target", async () => {
      await report(ada, { target_type: "listing", target_id: vase.productId, reason: "other", details: "Looks odd" })
      await act({ target_type: "listing", target_id: vase.productId, action: "dismiss", note: "Fine" })
      expect(await storeProductIds()).toContain(vase.productId)
      expect((await api.get("/admin/reports?status=dismissed", shop.admin)).data.groups[0]).toMatchObject({ target_id: vase.productId, count: 1 })
      // once dismissed, the same person may report again
      expect((await report(ada, { target_type: "listing", target_id: vase.productId, reason: "spam" })).status).toBe(201)
      for (const bad of [{ target_type: "listing", target_id: vase.productId, action: "delete" }, { target_type: "listing", target_id: vase.productId, action: "dismiss", note: "a\u0000" }]) {
        expect((await refusal(act(bad))).status).toBe(400)
      }
    })
  },
})
