import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { courseVariantId, createCourse, createTeacher, eventually, type Shopper } from "../helpers/courses"
import { bearer, refusal } from "../helpers/fixtures"
import { buyer, photoForm, PNG_1PX, reviewShop, sellerWithProduct, type ReviewSeller } from "../helpers/reviews"
import { catalogIndexReady, searchCatalog } from "../helpers/search"

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
    let eve: Shopper

    const as = (s: { headers: Record<string, string> }) => ({ headers: s.headers })
    const reviewsOf = (productId: string, q = "") => api.get(`/store/products/${productId}/reviews${q ? `?${q}` : ""}`, shop.store)
    const write = (s: Shopper, productId: string, body: Row) => api.post(`/store/products/${productId}/reviews`, body, as(s))
    const service = () => getContainer().resolve("reviews") as Record<string, (...args: unknown[]) => Promise<Row[]>>

    beforeEach(async () => {
      shop = await reviewShop(getContainer(), api)
      lamp = await sellerWithProduct(api, shop.admin, "lamp-shop", "Brass Lamp")
      vase = await sellerWithProduct(api, shop.admin, "vase-shop", "Glass Vase")
      // Ada bought the lamp and the vase in one checkout (split into two vendor orders); Bob bought the lamp; Eve nothing.
      ada = await buyer(api, shop.store, shop.regionId, "ada@buyers.test", "Ada", [lamp.variantId, vase.variantId])
      bob = await buyer(api, shop.store, shop.regionId, "bob@buyers.test", "Bob", [lamp.variantId])
      eve = await buyer(api, shop.store, shop.regionId, "eve@buyers.test", "Eve", [])
    })

    it("lets only customers who bought the product review it, once, and the author edit it", async () => {
      const stranger = await refusal(write(eve, lamp.productId, { rating: 5, body: "Never bought it but love it" }))
      expect(stranger.status).toBe(403)
      expect(stranger.data.message).toMatch(/only customers who bought this product/i)
      expect((await api.get(`/store/products/${lamp.productId}/reviews/mine`, as(eve))).data).toMatchObject({ eligible: false, bought: false, review: null })
      expect((await api.get(`/store/products/${lamp.productId}/reviews/mine`, as(ada))).data).toMatchObject({ eligible: true, bought: true, review: null })
      // signed out: 401
      expect((await refusal(api.post(`/store/products/${lamp.productId}/reviews`, { rating: 5, body: "Anonymous" }, shop.store))).status).toBe(401)

      const { status, data } = await write(ada, lamp.productId, { rating: 4, title: "Warm light", body: "Nice lamp, a bit heavy." })
      expect(status).toBe(201)
      expect(data.review).toMatchObject({ rating: 4, title: "Warm light", status: "published", author_name: "Ada B.", verified_purchase: true, mine: true })
      expect(JSON.stringify(data)).not.toContain("ada@buyers.test")
      expect((await api.get(`/store/products/${lamp.productId}/reviews/mine`, as(ada))).data).toMatchObject({ eligible: false, review: { id: data.review.id } })

      const again = await refusal(write(ada, lamp.productId, { rating: 1, body: "Second opinion" }))
      expect(again.status).toBe(409)

      const edited = await api.post(`/store/reviews/${data.review.id}`, { rating: 5, body: "Nice lamp. Heavy, but worth it." }, as(ada))
      expect(edited.data.review).toMatchObject({ id: data.review.id, rating: 5, title: "Warm light", body: "Nice lamp. Heavy, but worth it.", status: "published" })
      expect(edited.data.review.edited_at).toBeTruthy()
      // someone else's review cannot be edited (not found for them)
      expect((await refusal(api.post(`/store/reviews/${data.review.id}`, { rating: 1 }, as(bob)))).status).toBe(404)

      const { data: list } = await reviewsOf(lamp.productId)
      expect(list.count).toBe(1)
      expect(list.summary).toEqual({ average: 5, count: 1, histogram: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 1 } })
      expect(await service().listReviews({ product_id: lamp.productId })).toHaveLength(1)
    })

    it("refuses a review after the order was cancelled (a cancelled order proves no purchase)", async () => {
      await api.post(`/admin/orders/${(bob as Row).orderId}/cancel`, {}, shop.admin)
      const res = await refusal(write(bob, lamp.productId, { rating: 2, body: "Cancelled it" }))
      expect(res.status).toBe(403)
    })

    it("accepts photos by content only: a disguised HTML file and a sixth photo are refused, others' photos cannot be used", async () => {
      const html = Buffer.from("<!doctype html><script>alert(1)</script>")
      const disguised = await refusal(api.post("/store/review-photos", photoForm([{ name: "cute.jpg", content: html, type: "image/jpeg" }]), as(ada)))
      expect(disguised.status).toBe(400)
      expect(disguised.data.message).toMatch(/not a PNG, JPEG or WebP/)
      const six = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.png`, content: PNG_1PX }))
      expect((await refusal(api.post("/store/review-photos", photoForm(six), as(ada)))).status).toBe(400)
      expect((await refusal(api.post("/store/review-photos", photoForm([{ name: "a.png", content: PNG_1PX }]), shop.store))).status).toBe(401)

      const { status, data } = await api.post("/store/review-photos", photoForm([{ name: "My Lamp!.png", content: PNG_1PX }]), as(ada))
      expect(status).toBe(201)
      expect(data.photos).toHaveLength(1)
      const [photo] = data.photos
      expect(photo.url).toMatch(/\.png$/)

      // six photo ids in a review are refused by the schema; Bob cannot attach Ada's upload
      const sixIds = Array.from({ length: 6 }, () => photo.id)
      expect((await refusal(write(ada, lamp.productId, { rating: 5, body: "Pictures", photo_ids: sixIds }))).status).toBe(400)
      expect((await refusal(write(bob, lamp.productId, { rating: 5, body: "Pictures", photo_ids: [photo.id] }))).status).toBe(400)
      expect((await refusal(write(ada, lamp.productId, { rating: 5, body: "Pictures", photo_ids: ["1-review-cus_x-nope.png"] }))).status).toBe(400)
      expect(await service().listReviews({})).toEqual([])

      const created = await write(ada, lamp.productId, { rating: 5, body: "With a picture", photo_ids: [photo.id] })
      expect(created.data.review.photos).toEqual([{ id: photo.id, url: photo.url }])
      // an edit that does not name photos keeps them; an empty list removes them
      expect((await api.post(`/store/reviews/${created.data.review.id}`, { title: "Lamp" }, as(ada))).data.review.photos).toHaveLength(1)
      expect((await api.post(`/store/reviews/${created.data.review.id}`, { photo_ids: [] }, as(ada))).data.review.photos).toEqual([])
    })

    it("lets an enrolled student review a course and refuses a customer who is not enrolled", async () => {
      const teacher = await createTeacher(getContainer(), "code-school")
      const course = await createCourse(getContainer(), { vendorId: teacher.id, handle: "typescript-basics" })
      const student = await buyer(api, shop.store, shop.regionId, "stu@students.test", "Stu", [await courseVariantId(getContainer(), course.product_id)])
      await eventually(async () => (await (getContainer().resolve("courses") as Row).listEnrollments({ customer_id: student.id, status: "active" }))[0])

      const refused = await refusal(write(ada, course.product_id, { rating: 5, body: "Did not take it" }))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toMatch(/enrolled in this course/i)
      const { status, data } = await write(student, course.product_id, { rating: 4, body: "Clear explanations." })
      expect(status).toBe(201)
      expect(data.review).toMatchObject({ course_id: course.id, product_id: course.product_id, rating: 4, status: "published" })
      expect((await reviewsOf(course.product_id)).data.summary).toMatchObject({ average: 4, count: 1 })
    })

    it("lets the product's vendor reply once (moderated like reviews); another vendor neither sees nor replies to it", async () => {
      const { data: { review } } = await write(ada, lamp.productId, { rating: 3, body: "Okay lamp." })
      await write(ada, vase.productId, { rating: 5, body: "Lovely vase." })

      const mine = await api.get("/vendor/reviews", bearer(lamp.token))
      expect(mine.data.reviews.map((r: Row) => r.id)).toEqual([review.id])
      expect(mine.data.reviews[0]).toMatchObject({ product: { id: lamp.productId, title: "Brass Lamp" }, reply: null, status: "published" })

      const foreign = await refusal(api.post(`/vendor/reviews/${review.id}/reply`, { body: "Not my lamp" }, bearer(vase.token)))
      expect(foreign.status).toBe(404)
      // a reply passes the same text moderation as reviews: contact details are refused, nothing is written
      for (const body of ["Write to me at deals@lamps.example for a discount", "Call +49 170 1234567, cheaper direct", "Order at www.lamp-deals.shop"]) {
        const held = await refusal(api.post(`/vendor/reviews/${review.id}/reply`, { body }, bearer(lamp.token)))
        expect([body, held.status]).toEqual([body, 400])
        expect(held.data.message).toMatch(/not published.*(email|phone_number|link)/)
      }
      expect((await reviewsOf(lamp.productId)).data.reviews[0].reply).toBeNull()
      const { data: replied } = await api.post(`/vendor/reviews/${review.id}/reply`, { body: "Thanks, Ada!" }, bearer(lamp.token))
      expect(replied.review.reply).toMatchObject({ body: "Thanks, Ada!", author_name: "lamp shop" })
      const second = await refusal(api.post(`/vendor/reviews/${review.id}/reply`, { body: "One more thing" }, bearer(lamp.token)))
      expect(second.status).toBe(409)

      const { data: list } = await reviewsOf(lamp.productId)
      expect(list.reviews[0].reply).toMatchObject({ body: "Thanks, Ada!" })
      expect((await api.get("/vendor/reviews?replied=false", bearer(lamp.token))).data.count).toBe(0)
      for (const bad of [{ body: "" }, { body: "x".repeat(2001) }, { body: "a\u0000b" }, { body: "ok", extra: 1 }]) {
        expect([bad, (await refusal(api.post(`/vendor/reviews/${review.id}/reply`, bad, bearer(lamp.token)))).status]).toEqual([bad, 400])
      }
    })

    it("counts helpful votes once per customer, idempotently, never on one's own review", async () => {
      const { data: { review } } = await write(ada, lamp.productId, { rating: 5, body: "Great." })
      const vote = (s: Shopper) => api.post(`/store/reviews/${review.id}/helpful`, {}, as(s))
      expect((await vote(bob)).data).toMatchObject({ helpful_count: 1, voted: true })
      expect((await vote(bob)).data).toMatchObject({ helpful_count: 1, voted: true })
      expect((await vote(eve)).data).toMatchObject({ helpful_count: 2 })
      expect((await refusal(vote(ada))).status).toBe(403)
      expect((await refusal(api.post(`/store/reviews/${review.id}/helpful`, {}, shop.store))).status).toBe(401)
      const { data: seen } = await api.get(`/store/products/${lamp.productId}/reviews`, as(bob))
      expect(seen.reviews[0]).toMatchObject({ helpful_count: 2, voted: true, mine: false })
      expect((await api.delete(`/store/reviews/${review.id}/helpful`, as(eve))).data).toMatchObject({ helpful_count: 1, voted: false })
      expect((await api.delete(`/store/reviews/${review.id}/helpful`, as(eve))).data).toMatchObject({ helpful_count: 1, voted: false })
      expect((await refusal(api.post(`/store/reviews/rev_unknown/helpful`, {}, as(bob)))).status).toBe(404)
    })

    it("aggregates, sorts and filters published reviews only; a pending review is neither shown nor counted until published; search sees the rating", async () => {
      await catalogIndexReady(getContainer())
      const cy = await buyer(api, shop.store, shop.regionId, "cy@buyers.test", "Cy", [lamp.variantId])
      const dee = await buyer(api, shop.store, shop.regionId, "dee@buyers.test", "Dee", [lamp.variantId])
      const a = (await write(ada, lamp.productId, { rating: 5, body: "Excellent." })).data.review
      const b = (await write(bob, lamp.productId, { rating: 2, body: "Too dim." })).data.review
      const c = (await write(cy, lamp.productId, { rating: 4, body: "Good." })).data.review
      await api.post(`/store/reviews/${b.id}/helpful`, {}, as(cy))
      // the default text check sends contact details to moderation
      const pending = (await write(dee, lamp.productId, { rating: 1, title: "Scam", body: "Buy it cheaper at cheaplamps.com or call +49 30 1234567" })).data.review
      expect(pending).toMatchObject({ status: "pending" })
      expect(pending.moderation_reasons).toEqual(expect.arrayContaining(["link", "phone_number"]))

      const ids = async (q: string) => (await reviewsOf(lamp.productId, q)).data.reviews.map((r: Row) => r.id)
      const { data } = await reviewsOf(lamp.productId)
      expect(data.count).toBe(3)
      expect(data.summary).toEqual({ average: 3.67, count: 3, histogram: { "1": 0, "2": 1, "3": 0, "4": 1, "5": 1 } })
      expect(await ids("sort=newest")).toEqual([c.id, b.id, a.id])
      expect(await ids("sort=highest")).toEqual([a.id, c.id, b.id])
      expect(await ids("sort=lowest")).toEqual([b.id, c.id, a.id])
      expect(await ids("sort=helpful")).toEqual([b.id, c.id, a.id])
      expect(await ids("rating=4")).toEqual([c.id])
      expect(await ids("rating=1")).toEqual([])
      expect(await ids("sort=highest&limit=1&offset=1")).toEqual([c.id])
      // the pending author sees their own review and its status
      expect((await api.get(`/store/products/${lamp.productId}/reviews/mine`, as(dee))).data.review).toMatchObject({ id: pending.id, status: "pending" })
      // the vendor sees pending reviews in the portal
      expect((await api.get("/vendor/reviews?status=pending", bearer(lamp.token))).data.reviews.map((r: Row) => r.id)).toEqual([pending.id])

      // product metadata and the search document carry the aggregate
      const query = getContainer().resolve("query") as Row
      const { data: [product] } = await query.graph({ entity: "product", fields: ["metadata"], filters: { id: lamp.productId } })
      expect(product.metadata).toMatchObject({ rating: 3.67, rating_count: 3 })
      const doc = async () =>
        (await searchCatalog(api, shop.store.headers, { filters: { q: "brass lamp" } })).result?.hits.find((h) => h.id === lamp.productId)?.document
      await eventually(async () => ((await doc())?.rating_count === 3 ? true : null), 20_000)
      expect(await doc()).toMatchObject({ rating: 3.67, rating_count: 3 })

      // the operator publishes the pending review: it counts now, and the index follows
      await api.post(`/admin/reviews/${pending.id}/status`, { status: "published" }, shop.admin)
      expect((await reviewsOf(lamp.productId)).data.summary).toEqual({ average: 3, count: 4, histogram: { "1": 1, "2": 1, "3": 0, "4": 1, "5": 1 } })
      await eventually(async () => ((await doc())?.rating_count === 4 ? true : null), 20_000)
      // hidden by the operator: out again
      await api.post(`/admin/reviews/${a.id}/status`, { status: "hidden" }, shop.admin)
      expect((await reviewsOf(lamp.productId)).data.summary).toMatchObject({ average: 2.33, count: 3 })
      // search sorts by rating
      await write(ada, vase.productId, { rating: 5, body: "Lovely." })
      await eventually(async () => {
        const r = await searchCatalog(api, shop.store.headers, { pagination: { take: 10, order: { rating: "DESC" } }, filters: { rating_count: { $gte: 1 } } })
        const order = (r.result?.hits ?? []).map((h) => h.id)
        return order.join() === [vase.productId, lamp.productId].join() ? true : null
      }, 20_000)
    })

    it("answers 400, never 500, to bad input, and writes nothing", async () => {
      for (const body of [
        {},
        { rating: 0, body: "Zero" },
        { rating: 6, body: "Six" },
        { rating: 4.5, body: "Half" },
        { rating: "5", body: "String" },
        { rating: 5, body: "" },
        { rating: 5, body: "x".repeat(5001) },
        { rating: 5, body: "nul \u0000 byte" },
        { rating: 5, title: "a".repeat(121), body: "Long title" },
        { rating: 5, title: "Line\nbreak", body: "x y" },
        { rating: 5, body: "ok ok", photo_ids: "not-an-array" },
        { rating: 5, body: "ok ok", photo_ids: ["../../etc/passwd?x"] },
        { rating: 5, body: "ok ok", extra: true },
        { rating: 5, body: ["x"] },
      ]) {
        expect([body, (await refusal(write(ada, lamp.productId, body))).status]).toEqual([body, 400])
      }
      for (const q of ["sort=best", "rating=0", "rating=6", "rating=x", "limit=0", "limit=51", "offset=-1", "other=1"]) {
        expect([q, (await refusal(reviewsOf(lamp.productId, q))).status]).toEqual([q, 400])
      }
      for (const id of ["prod_unknown", "garbage", "%E0%A4%A"]) {
        const res = await refusal(reviewsOf(id))
        expect([id, res.status]).toEqual([id, id.startsWith("%") ? 400 : 404])
        const w = await refusal(write(ada, id, { rating: 5, body: "Hello" }))
        expect([id, w.status]).toEqual([id, id.startsWith("%") ? 400 : 404])
      }
      expect((await refusal(api.post("/store/reviews/rev_unknown", { rating: 5 }, as(ada)))).status).toBe(404)
      expect((await refusal(api.post("/store/reviews/rev_unknown", {}, as(ada)))).status).toBe(400)
      expect((await refusal(api.post("/store/review-photos", { files: "x" }, as(ada)))).status).toBe(400)
      expect((await refusal(api.post("/admin/reviews/rev_unknown/status", { status: "published" }, shop.admin))).status).toBe(404)
      expect((await refusal(api.post("/admin/reviews/rev_unknown/status", { status: "gone" }, shop.admin))).status).toBe(400)
      for (const q of ["status=rejected", "limit=0", "other=1"]) {
        expect([q, (await refusal(api.get(`/vendor/reviews?${q}`, bearer(lamp.token)))).status]).toEqual([q, 400])
      }
      expect(await service().listReviews({})).toEqual([])
    })
  },
})
