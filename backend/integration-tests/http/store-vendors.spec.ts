import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createMarketplace, storeHeaders } from "../helpers/fixtures"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let market: Awaited<ReturnType<typeof createMarketplace>>

    beforeEach(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      market = await createMarketplace(container, [
        { handle: "nordlicht-home", kind: "seller", verified: true, products: ["lamp", "mug"] },
        { handle: "volt-and-byte", kind: "seller", products: ["earbuds"] },
        { handle: "codecraft", kind: "teacher", products: ["ts-course"] },
        { handle: "waiting-room", kind: "seller", status: "pending", products: ["hidden-thing"] },
        { handle: "banned-shop", kind: "seller", status: "suspended", products: ["banned-thing"] },
      ])
    })

    describe("GET /store/vendors", () => {
      it("lists active vendors only, with public fields and no contact data", async () => {
        const { data } = await api.get("/store/vendors", store)
        expect(data.count).toBe(3)
        expect(data.vendors.map((v: { handle: string }) => v.handle).sort()).toEqual([
          "codecraft",
          "nordlicht-home",
          "volt-and-byte",
        ])
        const nordlicht = data.vendors.find((v: { handle: string }) => v.handle === "nordlicht-home")
        expect(nordlicht).toMatchObject({ kind: "seller", verified: true })
        expect(nordlicht.email).toBeUndefined()
        expect(nordlicht.status).toBeUndefined()
      })

      it("filters by kind and paginates", async () => {
        const teachers = await api.get("/store/vendors?kind=teacher", store)
        expect(teachers.data.vendors.map((v: { handle: string }) => v.handle)).toEqual(["codecraft"])

        const page = await api.get("/store/vendors?limit=2&offset=2", store)
        expect(page.data).toMatchObject({ count: 3, limit: 2, offset: 2 })
        expect(page.data.vendors).toHaveLength(1)
      })

      it("requires a publishable key", async () => {
        const res = await api.get("/store/vendors").catch((e) => e.response)
        expect(res.status).toBe(400)
      })

      it.each([
        ["limit=abc", /limit/],
        ["limit=0", /limit/],
        ["limit=101", /limit/],
        ["offset=-1", /offset/],
        ["kind=wholesaler", /kind/],
        ["unknown=1", /Unrecognized fields: 'unknown'/],
        ["q=%00abc", /control characters/],
        ["q=<101 characters>".replace("<101 characters>", "x".repeat(101)), /q/],
      ])("answers 400 with a message for bad input: %s", async (qs, message) => {
        const res = await api.get(`/store/vendors?${qs.slice(0, 2000)}`, store).catch((e) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      })
    })

    describe("GET /store/vendors/:handle", () => {
      it("returns an active vendor", async () => {
        const { data } = await api.get("/store/vendors/volt-and-byte", store)
        expect(data.vendor).toMatchObject({ handle: "volt-and-byte", kind: "seller", verified: false })
      })

      it.each([
        ["a pending vendor", "waiting-room"],
        ["a suspended vendor", "banned-shop"],
        ["an unknown handle", "no-such-vendor"],
        ["a malformed handle", "Bad_Handle"],
        ["an oversized handle", "x".repeat(300)],
      ])(
        "answers 404 for %s",
        async (_label, handle) => {
          const res = await api.get(`/store/vendors/${handle}`, store).catch((e) => e.response)
          expect(res.status).toBe(404)
          expect(res.data.message).toMatch(/not found/)
        }
      )
    })

    describe("malformed requests", () => {
      it("answers 400, not 500, to a malformed percent-escape in a path, on our routes and Medusa's", async () => {
        for (const url of ["/store/vendors/%E0%A4%A", "/store/vendors/%E0%A4%A/products", "/store/products/%E0%A4%A"]) {
          const res = await api.get(url, store).catch((e) => e.response)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/Malformed URL/)
        }
      })

      it("answers 400 to query parameters on a route that takes none", async () => {
        const res = await api.get("/store/vendors/volt-and-byte?expand=everything", store).catch((e) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Unrecognized fields: 'expand'/)
      })
    })

    describe("GET /store/vendors/:handle/products", () => {
      it("lists only that vendor's products, each with the vendor's public profile", async () => {
        const { data } = await api.get(
          `/store/vendors/nordlicht-home/products?region_id=${market.region.id}&fields=id,handle,*variants.calculated_price`,
          store
        )
        expect(data.count).toBe(2)
        expect(data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(["lamp", "mug"])
        for (const p of data.products) {
          expect(p.vendor).toMatchObject({ handle: "nordlicht-home", name: "NORDLICHT HOME" })
          expect(p.vendor.email).toBeUndefined()
          expect(p.variants[0].calculated_price.currency_code).toBe("eur")
        }
      })

      it("never exposes private vendor fields even when asked for", async () => {
        const { data } = await api.get("/store/vendors/volt-and-byte/products?fields=id,*vendor,vendor.email", store)
        expect(data.products).toHaveLength(1)
        expect(data.products[0].vendor.email).toBeUndefined()
        expect(data.products[0].vendor.status).toBeUndefined()
      })

      it("answers 404 for a vendor that is not active", async () => {
        const res = await api.get("/store/vendors/banned-shop/products", store).catch((e) => e.response)
        expect(res.status).toBe(404)
      })

      it("answers 400 for bad query parameters", async () => {
        const res = await api.get("/store/vendors/volt-and-byte/products?limit=nope", store).catch((e) => e.response)
        expect(res.status).toBe(400)
      })
    })

    describe("GET /store/product-vendors", () => {
      it("maps products to their active vendors and leaves out inactive vendors' products", async () => {
        const ids = [
          market.products["nordlicht-home"][0].id,
          market.products["codecraft"][0].id,
          market.products["banned-shop"][0].id,
        ]
        const { data } = await api.get(`/store/product-vendors?${ids.map((id) => `product_id=${id}`).join("&")}`, store)
        const byProduct = Object.fromEntries(
          data.product_vendors.map((pv: { product_id: string; vendor: { handle: string } }) => [pv.product_id, pv.vendor.handle])
        )
        expect(byProduct).toEqual({ [ids[0]]: "nordlicht-home", [ids[1]]: "codecraft" })
      })

      it.each([
        ["no product_id", "", /product_id/],
        ["a malformed id", "product_id=not-a-product", /product ids/],
        ["101 ids", Array.from({ length: 101 }, (_, i) => `product_id=prod_${i}`).join("&"), /100/],
      ])("answers 400 for %s", async (_label, qs, message) => {
        const res = await api.get(`/store/product-vendors?${qs}`, store).catch((e) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      })
    })
  },
})
