import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { bearer } from "../helpers/fixtures"
import { reviewShop, sellerWithProduct, type ReviewSeller } from "../helpers/reviews"
import { discoverRoutes, type Method, vendorApiRoot } from "../helpers/routes"

jest.setTimeout(240_000)

/**
 * The reviews plugin's isolation matrix (like vendor-isolation.spec.ts for the marketplace). Every
 * /vendor route of the reviews plugin is discovered from its route files; each method is called by
 * seller A with seller B's review id (in the path, or in the query where the route has none) and
 * must answer 403/404 without changing B's reviews. A route or method missing from COVERAGE fails.
 */

const API_ROOT = vendorApiRoot("reviews")

type Ids = { reviewId: string; productId: string }
type Case = {
  params?: (b: Ids) => Record<string, string>
  query?: (b: Ids) => Record<string, string>
  body?: (b: Ids) => unknown
}

const COVERAGE: Record<string, Partial<Record<Method, Case>>> = {
  "/vendor/reviews": {
    GET: { query: (b) => ({ id: b.reviewId }) },
  },
  "/vendor/reviews/:id/reply": {
    POST: { params: (b) => ({ id: b.reviewId }), body: () => ({ body: "A reply from the wrong shop" }) },
  },
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const routes = discoverRoutes(API_ROOT)
    const service = () => getContainer().resolve("reviews") as Record<string, (...args: unknown[]) => Promise<Record<string, unknown>[]>>

    it("discovers the reviews plugin's vendor routes from the route files", () => {
      expect(routes).toEqual(
        expect.arrayContaining([
          { path: "/vendor/reviews", method: "GET" },
          { path: "/vendor/reviews/:id/reply", method: "POST" },
        ])
      )
    })

    it("covers every discovered route and method", () => {
      expect(routes.filter((r) => !COVERAGE[r.path]?.[r.method as Method])).toEqual([])
    })

    describe("seller A acting on reviews of seller B's product", () => {
      let a: ReviewSeller & Ids
      let b: ReviewSeller & Ids

      const withReview = async (seller: ReviewSeller, customer: string) => {
        const review = (await service().createReviews({
          product_id: seller.productId,
          vendor_id: seller.vendorId,
          customer_id: customer,
          author_name: "A customer",
          rating: 4,
          body: "Fine.",
          status: "published",
        })) as unknown as { id: string }
        return { ...seller, reviewId: review.id }
      }

      const snapshot = async (ids: Ids) => JSON.stringify(await service().listReviews({ product_id: ids.productId }))

      beforeEach(async () => {
        const { admin } = await reviewShop(getContainer(), api)
        a = await withReview(await sellerWithProduct(api, admin, "shop-a", "Shop A mug"), "cus_01A")
        b = await withReview(await sellerWithProduct(api, admin, "shop-b", "Shop B mug"), "cus_01B")
      })

      for (const { path: routePath, method } of discoverRoutes(API_ROOT)) {
        const spec = COVERAGE[routePath]?.[method as Method]
        if (!spec) continue
        it(`${method} ${routePath} with B's review is refused and changes nothing`, async () => {
          const before = await snapshot(b)
          const params = spec.params?.(b) ?? {}
          const url = routePath.replace(/:(\w+)/g, (_, p) => encodeURIComponent(params[p])) + (spec.query ? `?${new URLSearchParams(spec.query(b))}` : "")
          const res = await api
            .request({ method, url, data: spec.body?.(b), headers: bearer(a.token).headers })
            .catch((e: { response: { status: number } }) => e.response)
          expect([403, 404]).toContain(res.status)
          expect(await snapshot(b)).toBe(before)
        })
      }

      it("lists only the caller's reviews and lets it reply to its own (positive control)", async () => {
        const list = await api.get("/vendor/reviews", bearer(a.token))
        expect(list.data.reviews.map((r: { id: string }) => r.id)).toEqual([a.reviewId])
        const before = await snapshot(a)
        const res = await api.post(`/vendor/reviews/${a.reviewId}/reply`, { body: "Thank you!" }, bearer(a.token))
        expect(res.status).toBe(200)
        expect(await snapshot(a)).not.toBe(before)
        expect((await api.get("/vendor/reviews", bearer(b.token))).data.reviews.map((r: { id: string }) => r.id)).toEqual([b.reviewId])
      })
    })
  },
})
