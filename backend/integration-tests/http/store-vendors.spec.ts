import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startEdgeCache } from "../../../deploy/edge-cache/edge-cache"
import { registerCustomer } from "../helpers/courses"
import { adminHeaders, createMarketplace, signUpVendor, storeHeaders } from "../helpers/fixtures"

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

    // Cache-Control for the shared cache in front of the API (plugins/marketplace/src/lib/cache-policy.ts),
    // and that cache itself (deploy/edge-cache) in front of this backend.
    describe("cache headers", () => {
      const PUBLIC = "public, max-age=0, s-maxage=30, stale-while-revalidate=60"

      it("marks anonymous catalogue reads public and varying on the publishable key and locale", async () => {
        const lamp = market.products["nordlicht-home"][0]
        for (const path of [
          "/store/products?limit=5",
          `/store/products/${lamp.id}`,
          "/store/vendors",
          "/store/vendors/nordlicht-home",
          "/store/vendors/nordlicht-home/products",
          `/store/product-vendors?product_id=${lamp.id}`,
          "/store/regions",
        ]) {
          const res = await api.get(path, store)
          expect([path, res.headers["cache-control"]]).toEqual([path, PUBLIC])
          expect(res.headers["vary"]).toEqual(expect.stringContaining("x-publishable-api-key"))
          expect(res.headers["vary"]).toEqual(expect.stringContaining("x-medusa-locale"))
        }
      })

      it("keeps errors, carts, signed-in reads and the vendor API out of shared caches", async () => {
        const missing = await api.get("/store/products/prod_nothing", store).catch((e) => e.response)
        expect(missing.status).toBe(404)
        expect(missing.headers["cache-control"]).toBe("private, no-store")
        const bad = await api.get("/store/vendors?limit=abc", store).catch((e) => e.response)
        expect(bad.status).toBe(400)
        expect(bad.headers["cache-control"]).toBe("private, no-store")

        const { data, headers } = await api.post("/store/carts", { region_id: market.region.id }, store)
        expect(headers["cache-control"]).toBe("private, no-store")
        expect((await api.get(`/store/carts/${data.cart.id}`, store)).headers["cache-control"]).toBe("private, no-store")

        const shopper = await registerCustomer(api, store, { email: "cache-shopper@test.local" })
        const signedIn = await api.get("/store/products?limit=5", { headers: shopper.headers })
        expect(signedIn.headers["cache-control"]).toBe("private, no-store")

        const admin = await adminHeaders(getContainer(), api)
        const seller = await signUpVendor(api, { email: "cache-seller@test.local", handle: "cache-seller", approveWith: admin })
        const me = await api.get("/vendor/me", { headers: { authorization: `Bearer ${seller.token}` } })
        expect(me.headers["cache-control"]).toBe("private, no-store")
      })

      it("through the edge cache: repeats are served from it, signed-in requests never are, purge refreshes", async () => {
        const edge = await startEdgeCache({ origin: api.defaults.baseURL as string })
        try {
          const lamp = market.products["nordlicht-home"][0]
          const get = (path: string, headers: Record<string, string> = store.headers) => fetch(edge.url + path, { headers })
          const first = await get(`/store/products/${lamp.id}?fields=title`)
          const second = await get(`/store/products/${lamp.id}?fields=title`)
          expect([first.headers.get("x-cache"), second.headers.get("x-cache")]).toEqual(["MISS", "HIT"])
          expect((await second.json()).product.id).toBe(lamp.id)

          const admin = await adminHeaders(getContainer(), api, "edge-operator@test.local")
          await api.post(`/admin/products/${lamp.id}`, { title: "Renamed lamp" }, admin)
          // A copy is served until it expires (s-maxage) or is purged: the documented staleness.
          const cached = await get(`/store/products/${lamp.id}?fields=title`)
          expect(cached.headers.get("x-cache")).toBe("HIT")
          expect((await cached.json()).product.title).not.toBe("Renamed lamp")
          expect(edge.purge("/store/products")).toBe(1)
          const refreshed = await get(`/store/products/${lamp.id}?fields=title`)
          expect(refreshed.headers.get("x-cache")).toBe("MISS")
          expect((await refreshed.json()).product.title).toBe("Renamed lamp")

          const shopper = await registerCustomer(api, store, { email: "edge-shopper@test.local" })
          const signedIn = await get(`/store/products/${lamp.id}?fields=title`, shopper.headers)
          expect(signedIn.headers.get("x-cache")).toBe("BYPASS")
          expect(signedIn.status).toBe(200)

          // Another sales channel's key is another copy, never this one.
          const otherKey = await get(`/store/products/${lamp.id}?fields=title`, { "x-publishable-api-key": "pk_unknown" })
          expect(otherKey.status).toBe(400)
          expect(otherKey.headers.get("x-cache")).toBe("MISS")
          expect(edge.stats()).toMatchObject({ hit: 2, miss: 3, bypass: 1 })
        } finally {
          await edge.close()
        }
      })
    })
  },
})
