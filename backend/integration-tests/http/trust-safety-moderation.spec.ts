import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, bearer, productBody, refused, signUpVendor, storeHeaders } from "../helpers/fixtures"
import { eventually } from "../helpers/courses"
import { catalogIndexReady, searchCatalog, titles } from "../helpers/search"
import { buildCourse, courseBody, mp4Bytes, uploadVideo } from "../helpers/teacher"

jest.setTimeout(300_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let seller: { token: string; vendorId: string }
    let store: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      seller = await signUpVendor(api, { email: "s@moderation.test", handle: "mod-seller", kind: "seller", approveWith: admin })
      store = { headers: (await storeHeaders(getContainer())).headers }
    })

    const cases = () => (getContainer().resolve("trust_safety") as Any).listModerationCases({})
    const create = async (title: string, extra: Record<string, unknown> = {}) =>
      (await api.post("/vendor/products", productBody(title, { status: "published", ...extra }), bearer(seller.token))).data.product
    /** Everywhere a shopper finds listings: the list, the product by handle, the vendor's page, search. */
    const visibility = async (product: { id: string; handle: string; title: string }) => {
      const list = (await api.get("/store/products?limit=100", store)).data.products.map((p: Any) => p.id)
      const byHandle = (await api.get(`/store/products?handle=${product.handle}`, store)).data.products.length
      const byId = (await refused(api.get(`/store/products/${product.id}`, store))).status ?? 200
      const vendorPage = (await api.get("/store/vendors/mod-seller/products?limit=100", store)).data.products.map((p: Any) => p.id)
      const search = titles(await searchCatalog(api, store.headers, { filters: { q: product.title.split(" ")[0] } }))
      return { list: list.includes(product.id), byHandle: byHandle > 0, byId: byId === 200, vendorPage: vendorPage.includes(product.id), search: search.includes(product.title) }
    }
    const hidden = { list: false, byHandle: false, byId: false, vendorPage: false, search: false }
    const shown = { list: true, byHandle: true, byId: true, vendorPage: true, search: true }

    it("publishes a clean listing at once and records an approved case, with its video noted for the operator", async () => {
      await catalogIndexReady(getContainer())
      const video = "https://cdn.example.com/walnut-bookshelf.mp4"
      const product = await create("Walnut bookshelf", { description: "Five shelves, solid walnut, 180 cm tall.", video_url: video })
      expect(product.status).toBe("published")
      const [c] = await cases()
      expect(c).toMatchObject({ product_id: product.id, status: "approved", auto_verdict: "approve", listing_kind: "product" })
      expect(c.reasons).toEqual([{ rule: "video_unchecked", verdict: "note", match: video }])
      expect(c.scores.videos).toEqual([video])
      await eventually(async () => JSON.stringify(await visibility(product)) === JSON.stringify(shown), 20_000)
    })

    it("holds a listing with contact details and off-platform payment in the manual queue, hidden everywhere, until the operator approves it", async () => {
      await catalogIndexReady(getContainer())
      const product = await create("Teak armchair", { description: "Great chair. Pay via Western Union or write to deals@chairs.example for a discount." })
      expect(product.status).toBe("draft")
      expect(await visibility(product)).toEqual(hidden)

      // the vendor sees why; trying to publish again changes nothing
      const { data: mine } = await api.get("/vendor/moderation", bearer(seller.token))
      expect(mine.cases).toHaveLength(1)
      expect(mine.cases[0]).toMatchObject({ product_id: product.id, status: "pending", auto_verdict: "review" })
      expect(mine.cases[0].reasons.map((r: Any) => r.rule).sort()).toEqual(["contact_email", "off_platform_payment"])
      const { data: again } = await api.post(`/vendor/products/${product.id}`, { status: "published" }, bearer(seller.token))
      expect(again.product.status).toBe("draft")
      expect(await visibility(product)).toEqual(hidden)

      const { data: queue } = await api.get("/admin/moderation-cases?status=pending", admin)
      expect(queue.cases).toHaveLength(1)
      expect(queue.cases[0]).toMatchObject({ product_id: product.id, scores: { text: 0.6 }, listing: { title: "Teak armchair", vendor: { handle: "mod-seller" } } })
      await api.post(`/admin/moderation-cases/${queue.cases[0].id}/decision`, { action: "approve" }, admin)
      await eventually(async () => JSON.stringify(await visibility(product)) === JSON.stringify(shown), 20_000)
      expect((await api.get("/vendor/moderation", bearer(seller.token))).data.cases).toHaveLength(0)
      // a later edit that only changes the price keeps the approval
      const { data: priced } = await api.post(`/vendor/products/${product.id}`, { subtitle: null }, bearer(seller.token))
      expect(priced.product.status).toBe("published")
    })

    it("rejects a prohibited item; the operator's rejection reason reaches the vendor and the listing is not findable", async () => {
      await catalogIndexReady(getContainer())
      const product = await create("Counterfeit handbag", { description: "Looks like the real thing." })
      expect(product.status).toBe("draft")
      const [c] = await cases()
      expect(c).toMatchObject({ status: "rejected", auto_verdict: "reject", reasons: [{ rule: "prohibited_item", verdict: "reject" }] })
      expect(await visibility(product)).toEqual(hidden)
      expect((await refused(api.post(`/admin/moderation-cases/${c.id}/decision`, { action: "reject" }, admin))).status).toBe(400)
      await api.post(`/admin/moderation-cases/${c.id}/decision`, { action: "reject", reason: "Counterfeit goods are not allowed" }, admin)
      const { data } = await api.get("/vendor/moderation", bearer(seller.token))
      expect(data.cases[0]).toMatchObject({ status: "rejected", operator_reason: "Counterfeit goods are not allowed" })
      const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "listing-moderation-decided" })
      expect(sent.map((n: Any) => [n.to, n.data.action, n.data.reason])).toEqual([["s@moderation.test", "reject", "Counterfeit goods are not allowed"]])
      // an edit after the operator's rejection goes back to the operator, even with clean text
      const { data: edited } = await api.post(`/vendor/products/${product.id}`, { title: "Leather handbag", status: "published" }, bearer(seller.token))
      expect(edited.product.status).toBe("draft")
      const [after] = await cases()
      expect(after).toMatchObject({ status: "pending", reasons: [{ rule: "edited_after_rejection" }] })
      expect(await visibility({ ...product, title: "Leather handbag" })).toEqual(hidden)
    })

    it("takes an approved listing out of the store when an edit adds a phone number", async () => {
      await catalogIndexReady(getContainer())
      const product = await create("Oak stool", { description: "Sturdy." })
      await eventually(async () => (await visibility(product)).search, 20_000)
      const { data } = await api.post(`/vendor/products/${product.id}`, { description: "Call me: +49 170 1234567" }, bearer(seller.token))
      expect(data.product.status).toBe("draft")
      await eventually(async () => JSON.stringify(await visibility(product)) === JSON.stringify(hidden), 20_000)
      const [c] = await cases()
      expect(c).toMatchObject({ status: "pending", reasons: [{ rule: "contact_phone" }] })
    })

    it("holds a course with a forbidden phrase out of /store/courses until the operator approves it", async () => {
      const teacher = await signUpVendor(api, { email: "t@moderation.test", handle: "mod-teacher", kind: "teacher", approveWith: admin })
      const { data: created } = await api.post(
        "/vendor/courses",
        courseBody("Guitar basics", { description: "Lessons by video. Payment in crypto only, message me on Telegram." }),
        bearer(teacher.token)
      )
      const courseId = created.course.id
      const { data: sec } = await api.post(`/vendor/courses/${courseId}/sections`, { title: "Start" }, bearer(teacher.token))
      await api.post(`/vendor/courses/${courseId}/lessons`, { section_id: sec.section.id, title: "Chords", kind: "text", body: "Text." }, bearer(teacher.token))
      await api.post(`/vendor/courses/${courseId}/publish`, {}, bearer(teacher.token))
      const courses = async () => (await api.get("/store/courses", store)).data.courses.map((c: Any) => c.title)
      expect(await courses()).not.toContain("Guitar basics")
      const c = (await cases()).find((x: Any) => x.listing_kind === "course")
      expect(c).toMatchObject({ status: "pending" })
      expect(c.reasons.map((r: Any) => r.rule).sort()).toEqual(["contact_messenger", "off_platform_payment"])
      await api.post(`/admin/moderation-cases/${c.id}/decision`, { action: "approve" }, admin)
      expect(await courses()).toContain("Guitar basics")
    })

    it("records a lesson video uploaded to a published course on the course's case for the operator at once", async () => {
      const teacher = await signUpVendor(api, { email: "v@moderation.test", handle: "video-teacher", kind: "teacher", approveWith: admin })
      const course = await buildCourse(api, teacher.token, "Piano scales", [{ title: "Scales", kind: "video" }])
      const lesson = course.lessonIds[0]
      expect((await uploadVideo(api, teacher.token, course.courseId, lesson, mp4Bytes(), "scales.mp4")).status).toBe(200)
      await api.post(`/vendor/courses/${course.courseId}/publish`, {}, bearer(teacher.token))
      const courseCase = async () => (await cases()).find((x: Any) => x.listing_kind === "course")
      const first = await eventually(async () => ((await courseCase())?.scores?.videos?.length ? courseCase() : null), 20_000)
      expect(first).toMatchObject({ status: "approved" })
      expect(first.scores.videos).toEqual([expect.stringMatching(new RegExp(`^lesson ${lesson}: `))])
      // a new video for the published course's lesson: no product workflow runs, the case follows at once
      expect((await uploadVideo(api, teacher.token, course.courseId, lesson, mp4Bytes(99), "scales-v2.mp4")).status).toBe(200)
      const c = await eventually(async () => {
        const found = await courseCase()
        return found?.scores?.videos?.[0] !== first.scores.videos[0] ? found : null
      }, 20_000)
      expect(c.scores.videos).toEqual([expect.stringMatching(new RegExp(`^lesson ${lesson}: `))])
      expect(c.reasons).toContainEqual(expect.objectContaining({ rule: "video_unchecked", verdict: "note", match: c.scores.videos[0] }))
      expect(c.status).toBe("approved")
    })

    it("classifies uploaded listing images in the background; a score over the review threshold sends the listing to the queue", async () => {
      const upload = new FormData()
      const { PNG } = await import("pngjs")
      const png = new PNG({ width: 64, height: 48 })
      png.data.fill(180)
      upload.append("files", new Blob([new Uint8Array(PNG.sync.write(png))], { type: "image/png" }), "lamp.png")
      const { data: files } = await api.post("/vendor/uploads", upload, bearer(seller.token))
      const url = files.files[0].url
      process.env.MODERATION_IMAGE_REVIEW_THRESHOLD = "0.000001"
      try {
        const product = await create("Brass lamp", { thumbnail: url, images: [{ url }] })
        expect(product.status).toBe("published")
        const c = await eventually(async () => {
          const [x] = await cases()
          return x.image_status === "done" ? x : null
        }, 240_000) // the model loads in ≈ 20 s and classifies in ≈ 3 s on an idle machine; far slower on a busy one
        expect(c).toMatchObject({ status: "pending", auto_verdict: "review", reasons: [{ rule: "nsfw_image", verdict: "review" }] })
        const scores = c.scores.images[url]
        expect(Object.keys(scores).sort()).toEqual(["Drawing", "Hentai", "Neutral", "Porn", "Sexy"])
        expect(Math.abs(Object.values(scores as Record<string, number>).reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.02)
        const now = (await api.get(`/vendor/products/${product.id}`, bearer(seller.token))).data.product
        expect(now.status).toBe("draft")
        expect(now.metadata.vitrina_hidden_by).toBe("moderation")
      } finally {
        delete process.env.MODERATION_IMAGE_REVIEW_THRESHOLD
      }
    }, 400_000)
  },
})
