import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { prepareCart } from "../helpers/checkout"
import { adminHeaders, bearer, createStoreInfrastructure, productBody, signUpVendor, storeHeaders } from "../helpers/fixtures"
import { discoverRoutes, type Method, vendorApiRoot } from "../helpers/routes"

jest.setTimeout(240_000)

/**
 * The isolation matrix. Every /vendor route is discovered from the plugin's route files; each of
 * its methods is called by vendor A with vendor B's ids (in the path, or in the query/body where
 * the route has no path parameter) and must answer 403/404 without changing anything of B's.
 * A route or method that is not in COVERAGE fails the test, so a new route cannot ship uncovered.
 */

const API_ROOT = vendorApiRoot("marketplace")

type Ids = { vendorId: string; memberId: string; productId: string; variantId: string; inviteId: string; orderId: string; handle: string }
type Case = {
  /** Path parameters filled with the *other* vendor's ids. */
  params?: (b: Ids) => Record<string, string>
  query?: (b: Ids) => Record<string, string>
  body?: (b: Ids) => Record<string, unknown>
  /** Statuses that count as refused for this route (default 403/404). */
  refused?: number[]
}

const COVERAGE: Record<string, Partial<Record<Method, Case>>> = {
  "/vendor/register": {
    // A is already a vendor: claiming B's handle or vendor is refused before anything is written.
    POST: { body: (b) => ({ name: "Take over", handle: b.handle, kind: "seller", vendor_id: b.vendorId }), refused: [400, 403, 404] },
  },
  "/vendor/me": {
    GET: { query: (b) => ({ vendor_id: b.vendorId }) },
    POST: { body: (b) => ({ name: "Hijacked", vendor_id: b.vendorId }) },
  },
  "/vendor/products": {
    GET: { query: (b) => ({ id: b.productId }) },
    POST: { body: (b) => ({ ...productBody("Sneaky"), product_id: b.productId }) },
  },
  "/vendor/products/:id/variants": {
    POST: {
      params: (b) => ({ id: b.productId }),
      body: () => ({ title: "XL", options: { Size: "XL" }, prices: [{ currency_code: "eur", amount: 1 }] }),
    },
  },
  "/vendor/products/:id/variants/:variant_id": {
    POST: { params: (b) => ({ id: b.productId, variant_id: b.variantId }), body: () => ({ title: "Hijacked" }) },
    DELETE: { params: (b) => ({ id: b.productId, variant_id: b.variantId }) },
  },
  "/vendor/members": {
    GET: { query: (b) => ({ vendor_id: b.vendorId }) },
  },
  "/vendor/members/:id": {
    POST: { params: (b) => ({ id: b.memberId }), body: () => ({ role: "staff" }) },
    DELETE: { params: (b) => ({ id: b.memberId }) },
  },
  "/vendor/invites": {
    GET: { query: (b) => ({ vendor_id: b.vendorId }) },
    POST: { body: (b) => ({ email: "mole@vendors.test", vendor_id: b.vendorId }) },
  },
  "/vendor/invites/:id": {
    DELETE: { params: (b) => ({ id: b.inviteId }) },
  },
  "/vendor/invites/accept": {
    // Keyed by a secret token and the invited email, never by ids; A is a member already.
    POST: { body: (b) => ({ token: "not-the-real-token-of-b", vendor_id: b.vendorId }), refused: [400, 403, 404] },
  },
  "/vendor/orders": {
    GET: { query: (b) => ({ id: b.orderId }) },
  },
  "/vendor/orders/:id": {
    GET: { params: (b) => ({ id: b.orderId }) },
  },
  "/vendor/orders/:id/ship": {
    POST: { params: (b) => ({ id: b.orderId }), body: () => ({ carrier: "DHL", tracking_number: "STOLEN1" }) },
  },
  "/vendor/orders/:id/fulfill": {
    POST: { params: (b) => ({ id: b.orderId }) },
  },
  "/vendor/orders/:id/cancel": {
    POST: { params: (b) => ({ id: b.orderId }) },
  },
  "/vendor/balance": {
    GET: { query: (b) => ({ vendor_id: b.vendorId }) },
  },
  "/vendor/ledger": {
    GET: { query: (b) => ({ vendor_id: b.vendorId }) },
  },
  "/vendor/uploads": {
    POST: { body: (b) => ({ product_id: b.productId }) },
  },
  "/vendor/products/:id": {
    GET: { params: (b) => ({ id: b.productId }) },
    POST: { params: (b) => ({ id: b.productId }), body: () => ({ title: "Hijacked" }) },
    DELETE: { params: (b) => ({ id: b.productId }) },
  },
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const routes = discoverRoutes(API_ROOT)

    it("discovers the vendor routes from the route files", () => {
      expect(routes.length).toBeGreaterThanOrEqual(8)
      expect(routes).toContainEqual({ path: "/vendor/products/:id", method: "DELETE" })
    })

    it("covers every discovered /vendor route and method", () => {
      const uncovered = routes.filter((r) => !COVERAGE[r.path]?.[r.method as Method])
      expect(uncovered).toEqual([])
    })

    describe("vendor A acting on vendor B's data", () => {
      let a: Ids & { token: string }
      let b: Ids & { token: string }

      const snapshot = async (ids: Ids) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [vendor] } = await query.graph({
          entity: "vendor",
          fields: ["id", "name", "status", "updated_at", "products.variants.id", "products.variants.title", "products.variants.deleted_at", "members.id", "members.role", "members.deleted_at", "invites.id", "invites.deleted_at", "orders.id", "orders.status", "orders.updated_at", "orders.canceled_at", "orders.fulfillments.id", "products.id", "products.title", "products.status", "products.updated_at", "products.deleted_at"],
          filters: { id: ids.vendorId },
        })
        return JSON.stringify(vendor)
      }

      beforeEach(async () => {
        const admin = await adminHeaders(getContainer(), api)
        const { region } = await createStoreInfrastructure(getContainer())
        const store = await storeHeaders(getContainer())
        const make = async (handle: string) => {
          const v = await signUpVendor(api, { email: `${handle}@vendors.test`, handle, approveWith: admin })
          const { data } = await api.post("/vendor/products", productBody(`${handle} product`), bearer(v.token))
          const { data: inv } = await api.post("/vendor/invites", { email: `staff@${handle}.test` }, bearer(v.token))
          await api.post(`/vendor/products/${data.product.id}`, { status: "published" }, bearer(v.token))
          const cartId = await prepareCart(api, store, region.id, [{ variant_id: data.product.variants[0].id, quantity: 1 }])
          await api.post(`/store/carts/${cartId}/complete`, {}, store)
          const { data: orders } = await api.get("/vendor/orders", bearer(v.token))
          return {
            ...v,
            handle,
            productId: data.product.id,
            variantId: data.product.variants[0].id,
            inviteId: inv.invite.id,
            orderId: orders.orders[0].id,
          }
        }
        a = await make("vendor-a")
        b = await make("vendor-b")
      })

      for (const { path: routePath, method } of discoverRoutes(API_ROOT)) {
        const spec = COVERAGE[routePath]?.[method as Method]
        if (!spec) continue
        it(`${method} ${routePath} with B's ids is refused and changes nothing`, async () => {
          const before = await snapshot(b)
          const params = spec.params?.(b) ?? {}
          const url =
            routePath.replace(/:(\w+)/g, (_, p) => encodeURIComponent(params[p])) +
            (spec.query ? `?${new URLSearchParams(spec.query(b))}` : "")
          const res = await api
            .request({ method, url, data: spec.body?.(b), headers: bearer(a.token).headers })
            .catch((e: { response: { status: number; data: unknown } }) => e.response)
          expect(spec.refused ?? [403, 404]).toContain(res.status)
          expect(await snapshot(b)).toBe(before)
        })
      }

      it("lets each vendor read its own data through the same routes (positive control)", async () => {
        const me = await api.get("/vendor/me", bearer(a.token))
        expect(me.data.vendor.id).toBe(a.vendorId)
        const orders = await api.get("/vendor/orders", bearer(a.token))
        expect(orders.data.orders.map((o: { id: string }) => o.id)).toEqual([a.orderId])
        const order = await api.get(`/vendor/orders/${a.orderId}`, bearer(a.token))
        expect(order.data.order.id).toBe(a.orderId)
        const list = await api.get("/vendor/products", bearer(a.token))
        expect(list.data.products.map((p: { id: string }) => p.id)).toEqual([a.productId])
        const one = await api.get(`/vendor/products/${a.productId}`, bearer(a.token))
        expect(one.data.product.id).toBe(a.productId)
      })

      it("refuses B's variant under A's own product path", async () => {
        const res = await api
          .post(`/vendor/products/${a.productId}/variants/${b.variantId}`, { title: "x" }, bearer(a.token))
          .catch((e) => e.response)
        expect(res.status).toBe(404)
      })

      it("refuses ids of unknown kinds and variants of B's products named in a body", async () => {
        for (const body of [{ product_id: "foo" }, { variant_ids: [b.variantId] }, { nested: { order_id: "order_01XYZ" } }]) {
          const res = await api
            .post(`/vendor/products/${a.productId}`, { title: "x", ...body }, bearer(a.token))
            .catch((e) => e.response)
          expect(res.status).toBe(404)
        }
      })
    })
  },
})
