import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { mediaSecret, signMediaToken } from "@vitrina/courses/lib/media-token"
import { existsSync } from "node:fs"
import path from "node:path"
import { adminHeaders, bearer, refused, signUpVendor, storeHeaders } from "../helpers/fixtures"
import { buildCourse, courseBody, coursesService, mp4Bytes, PNG_BYTES, signUpTeacher, uploadVideo, webmBytes } from "../helpers/teacher"

jest.setTimeout(240_000)


// A small upload limit, to test it: the plugin option max_video_bytes is set from this variable in
// medusa-config, which the test runner loads before it applies its own `env` (so set it here).
const MAX_VIDEO_BYTES = 64 * 1024
process.env.COURSES_MAX_VIDEO_BYTES = String(MAX_VIDEO_BYTES)
const privateFile = (key: string) => path.join(process.cwd(), "private", key)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let teacher: { token: string; vendorId: string; memberId: string }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      teacher = await signUpTeacher(api, "ada-school", admin)
    })

    const lessonFile = async (lessonId: string) => (await coursesService(getContainer()).retrieveLesson(lessonId)).video_file_id as string | null

    it("runs the teacher's whole flow: course, curriculum, videos, order, publish, store, unpublish", async () => {
      const auth = bearer(teacher.token)
      const { status, data: created } = await api.post("/vendor/courses", courseBody("Typed JavaScript", { handle: "typed-js" }), auth)
      expect(status).toBe(201)
      const courseId = created.course.id
      expect(created.course).toMatchObject({
        handle: "typed-js",
        title: "Typed JavaScript",
        status: "draft",
        product_status: "draft",
        level: "beginner",
        language: "en",
        outcomes: ["Write tests"],
        lessons_count: 0,
        students_count: 0,
        sections: [],
      })
      expect(created.course.prices.sort((a: { currency_code: string }, b: { currency_code: string }) => a.currency_code.localeCompare(b.currency_code))).toEqual([
        { currency_code: "eur", amount: 49 },
        { currency_code: "usd", amount: 55 },
      ])

      const empty = await refused(api.post(`/vendor/courses/${courseId}/publish`, {}, auth))
      expect(empty.status).toBe(400)
      expect(empty.data.message).toBe("A course needs at least one lesson before it can be published")

      const { data: s1 } = await api.post(`/vendor/courses/${courseId}/sections`, { title: "Basics" }, auth)
      const { data: s2 } = await api.post(`/vendor/courses/${courseId}/sections`, { title: "Advanced" }, auth)
      const renamed = await api.post(`/vendor/courses/${courseId}/sections/${s2.section.id}`, { title: "Going further" }, auth)
      expect(renamed.data.section).toMatchObject({ id: s2.section.id, title: "Going further", rank: 1 })
      const lesson = (section_id: string, title: string, kind: "video" | "text", extra = {}) =>
        api.post(`/vendor/courses/${courseId}/lessons`, { section_id, title, kind, duration_seconds: 300, ...extra }, auth)
      const { data: intro } = await lesson(s1.section.id, "Intro", "video", { is_preview: true })
      const { data: notes } = await lesson(s1.section.id, "Notes", "text", { body: "Read this.\nThen that." })
      const { data: deep } = await lesson(s2.section.id, "Deep dive", "video")
      expect(intro.lesson).toMatchObject({ title: "Intro", kind: "video", rank: 0, is_preview: true, has_video: false, section_id: s1.section.id })
      expect(notes.lesson).toMatchObject({ rank: 1, body: "Read this.\nThen that." })

      const noVideo = await refused(api.post(`/vendor/courses/${courseId}/publish`, {}, auth))
      expect(noVideo.status).toBe(400)
      expect(noVideo.data.message).toMatch(/Every video lesson needs its video .*missing: "Intro", "Deep dive"/)

      // Videos are recognised by content, whatever the name and declared type.
      const up1 = await uploadVideo(api, teacher.token, courseId, intro.lesson.id, webmBytes(), "intro.bin", "application/octet-stream")
      expect(up1.data.lesson).toMatchObject({ has_video: true, video_mime_type: "video/webm", video_size: webmBytes().length })
      const firstKey = (await lessonFile(intro.lesson.id))!
      expect(existsSync(privateFile(firstKey))).toBe(true)
      const up2 = await uploadVideo(api, teacher.token, courseId, deep.lesson.id, mp4Bytes(1000), "deep.mp4")
      expect(up2.data.lesson).toMatchObject({ has_video: true, video_mime_type: "video/mp4", video_size: mp4Bytes(1000).length })

      // Replacing a video deletes the old file; the file is private: not under /static.
      await uploadVideo(api, teacher.token, courseId, intro.lesson.id, mp4Bytes(500), "intro-v2.mp4")
      const secondKey = (await lessonFile(intro.lesson.id))!
      expect(secondKey).not.toBe(firstKey)
      expect(existsSync(privateFile(firstKey))).toBe(false)
      expect(existsSync(privateFile(secondKey))).toBe(true)
      expect((await refused(api.get(`/static/${secondKey}`))).status).toBe(404)

      // The teacher's view shows the video's facts, never its file key or a URL.
      const { data: view } = await api.get(`/vendor/courses/${courseId}`, auth)
      const text = JSON.stringify(view)
      expect(text).not.toMatch(/static|video_file_id|private-/)
      expect(view.course.sections.map((s: { title: string }) => s.title)).toEqual(["Basics", "Going further"])
      expect(view.course.sections[0].lessons.map((l: { title: string; has_video: boolean }) => [l.title, l.has_video])).toEqual([
        ["Intro", true],
        ["Notes", false],
      ])
      // …but a signed preview URL for the teacher, which streams the private file.
      const introView = view.course.sections[0].lessons[0]
      expect(introView.video_url).toMatch(/\/lesson-media\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
      expect(view.course.sections[0].lessons[1].video_url).toBeNull()
      const preview = await api.get(new URL(introView.video_url).pathname, { responseType: "arraybuffer" })
      expect(preview.status).toBe(200)
      expect(Buffer.from(preview.data).equals(mp4Bytes(500))).toBe(true)
      // a teacher claim for another vendor is refused (the course is not theirs)
      const other = signMediaToken(mediaSecret(getContainer()), { lesson_id: introView.id, customer_id: null, vendor_id: "ven_someoneelse" })
      expect((await refused(api.get(`/lesson-media/${other}`))).status).toBe(403)

      // Reorder: sections swapped, Notes moved to the front of the other section. Ranks become 0..n.
      const { data: reordered } = await api.post(
        `/vendor/courses/${courseId}/curriculum`,
        { sections: [{ id: s2.section.id, lesson_ids: [notes.lesson.id, deep.lesson.id] }, { id: s1.section.id, lesson_ids: [intro.lesson.id] }] },
        auth
      )
      expect(
        reordered.course.sections.map((s: { title: string; rank: number; lessons: { title: string; rank: number }[] }) => [
          s.title,
          s.rank,
          s.lessons.map((l) => [l.title, l.rank]),
        ])
      ).toEqual([
        ["Going further", 0, [["Notes", 0], ["Deep dive", 1]]],
        ["Basics", 1, [["Intro", 0]]],
      ])

      const { data: published } = await api.post(`/vendor/courses/${courseId}/publish`, {}, auth)
      expect(published.course).toMatchObject({ status: "published", product_status: "published" })
      expect(published.course.published_at).toBeTruthy()
      const store = await storeHeaders(getContainer())
      const { data: inStore } = await api.get(`/store/products?handle=typed-js`, store)
      expect(inStore.products.map((p: { id: string }) => p.id)).toEqual([created.course.product_id])

      const { data: list } = await api.get("/vendor/courses", auth)
      expect(list).toMatchObject({ count: 1, courses: [{ id: courseId, handle: "typed-js", status: "published", product_id: created.course.product_id, lessons_count: 3, students_count: 0 }] })

      const { data: unpublished } = await api.post(`/vendor/courses/${courseId}/unpublish`, {}, auth)
      expect(unpublished.course).toMatchObject({ status: "draft", product_status: "draft", published_at: null })
      const { data: gone } = await api.get(`/store/products?handle=typed-js`, store)
      expect(gone.products).toEqual([])
    })

    it("refuses videos that are not MP4, WebM or QuickTime by content, too large, or for a text lesson", async () => {
      const { courseId, lessonIds } = await buildCourse(api, teacher.token, "Media", [
        { title: "Clip", kind: "video" },
        { title: "Reading", kind: "text" },
      ])
      const [clip, reading] = lessonIds
      for (const [content, name, message] of [
        [PNG_BYTES, "holiday.mp4", /holiday\.mp4 is not an MP4, WebM or QuickTime video/],
        [Buffer.from("just some text, not a video at all"), "notes.webm", /not an MP4, WebM or QuickTime video/],
        [Buffer.alloc(MAX_VIDEO_BYTES + 1, 0), "huge.mp4", /A video may be at most 65536 bytes/],
      ] as const) {
        const res = await refused(uploadVideo(api, teacher.token, courseId, clip, content, name))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      }
      const oversized = mp4Bytes(MAX_VIDEO_BYTES)
      const big = await refused(uploadVideo(api, teacher.token, courseId, clip, oversized, "big.mp4"))
      expect(big.status).toBe(400)
      expect(big.data.message).toBe("A video may be at most 65536 bytes")
      const toText = await refused(uploadVideo(api, teacher.token, courseId, reading, mp4Bytes(), "a.mp4"))
      expect(toText.status).toBe(400)
      expect(toText.data.message).toMatch(/Only a video lesson can have a video/)
      const none = await refused(api.post(`/vendor/courses/${courseId}/lessons/${clip}/video`, new FormData(), bearer(teacher.token)))
      expect(none.status).toBe(400)
      const wrongField = new FormData()
      wrongField.append("video", new Blob([mp4Bytes()]), "a.mp4")
      expect((await refused(api.post(`/vendor/courses/${courseId}/lessons/${clip}/video`, wrongField, bearer(teacher.token)))).status).toBe(400)
      expect(await lessonFile(clip)).toBeNull()
      expect(await lessonFile(reading)).toBeNull()
    })

    it("answers 403 to a seller creating a course, and writes nothing", async () => {
      const seller = await signUpVendor(api, { email: "shop@sellers.test", handle: "gadget-shop", kind: "seller", approveWith: admin })
      const res = await refused(api.post("/vendor/courses", courseBody("Not for sellers"), bearer(seller.token)))
      expect(res.status).toBe(403)
      expect(res.data.message).toBe("Only teachers can create courses: this vendor is a seller")
      expect(await getContainer().resolve(Modules.PRODUCT).listProducts({ title: "Not for sellers" })).toHaveLength(0)
    })

    it.each([
      ["no prices", courseBody("X", { prices: [] }), /prices/],
      ["a negative price", courseBody("X", { prices: [{ currency_code: "eur", amount: -1 }] }), /amount/],
      ["a malformed currency", courseBody("X", { prices: [{ currency_code: "EURO", amount: 1 }] }), /currency/],
      ["an unknown currency", courseBody("X", { prices: [{ currency_code: "zzz", amount: 1 }] }), /Unknown currency: zzz/],
      ["two prices in one currency", courseBody("X", { prices: [{ currency_code: "eur", amount: 1 }, { currency_code: "eur", amount: 2 }] }), /one price per currency/],
      ["a NUL byte in the title", courseBody("Bad\u0000title"), /control characters/],
      ["an oversized title", courseBody("x".repeat(201)), /title/],
      ["an unknown level", courseBody("X", { level: "expert" }), /level/],
      ["a bad handle", courseBody("X", { handle: "Not A Slug" }), /handle/],
      ["a javascript: thumbnail", courseBody("X", { thumbnail: "javascript:alert(1)" }), /URL/],
      ["an unknown category", courseBody("X", { category_ids: ["pcat_01NOPE"] }), /Unknown category: pcat_01NOPE/],
      ["an unknown field", courseBody("X", { price: 3 }), /Unrecognized fields: 'price'/],
      ["too many outcomes", courseBody("X", { outcomes: Array.from({ length: 31 }, (_, i) => `o${i}`) }), /outcomes/],
    ])("answers 400 to a course with %s, writing nothing", async (_label, body, message) => {
      const res = await refused(api.post("/vendor/courses", body, bearer(teacher.token)))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(message)
      expect(await coursesService(getContainer()).listCourses({})).toHaveLength(0)
      expect(await getContainer().resolve(Modules.PRODUCT).listProducts({})).toHaveLength(0)
    })

    it("refuses a handle that is taken (by a course or any product) with a clear 400", async () => {
      await api.post("/vendor/courses", courseBody("First", { handle: "taken-handle" }), bearer(teacher.token))
      const res = await refused(api.post("/vendor/courses", courseBody("Second", { handle: "taken-handle" }), bearer(teacher.token)))
      expect(res.status).toBe(400)
      expect(res.data.message).toBe("The handle taken-handle is already taken: choose another handle")
      // A handle derived from the title is checked as well.
      const derived = await refused(api.post("/vendor/courses", courseBody("Taken Handle"), bearer(teacher.token)))
      expect(derived.status).toBe(400)
      expect(await coursesService(getContainer()).listCourses({})).toHaveLength(1)
    })

    it("updates the course and its product (title, texts, prices, level) in one request", async () => {
      const { courseId, productId } = await buildCourse(api, teacher.token, "Old title")
      const { data } = await api.post(
        `/vendor/courses/${courseId}`,
        { title: "New title", subtitle: "New subtitle", description: "New description", level: "advanced", prices: [{ currency_code: "eur", amount: 99 }], outcomes: ["A", "B"] },
        bearer(teacher.token)
      )
      expect(data.course).toMatchObject({ title: "New title", subtitle: "New subtitle", description: "New description", level: "advanced", outcomes: ["A", "B"], prices: [{ currency_code: "eur", amount: 99 }] })
      const product = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(productId)
      expect(product).toMatchObject({ title: "New title", subtitle: "New subtitle", description: "New description", metadata: { kind: "course", level: "advanced" } })

      for (const [body, message] of [
        [{}, /Nothing to update/],
        [{ handle: "new-handle" }, /Unrecognized fields: 'handle'/],
        [{ prices: [{ currency_code: "zzz", amount: 1 }] }, /Unknown currency: zzz/],
        [{ title: "Fine", category_ids: ["pcat_01NOPE"] }, /Unknown category/],
      ] as const) {
        const res = await refused(api.post(`/vendor/courses/${courseId}`, body, bearer(teacher.token)))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      }
      // Nothing of a refused update was written (the unknown category came with a new title).
      expect((await api.get(`/vendor/courses/${courseId}`, bearer(teacher.token))).data.course.title).toBe("New title")
      expect((await getContainer().resolve(Modules.PRODUCT).retrieveProduct(productId)).title).toBe("New title")
    })

    it("moves lessons only within the course and validates the curriculum order", async () => {
      const auth = bearer(teacher.token)
      const a = await buildCourse(api, teacher.token, "Course A", [
        { title: "One", kind: "text" },
        { title: "Two", kind: "text" },
      ])
      const other = await buildCourse(api, teacher.token, "Course B")
      const { data: s2 } = await api.post(`/vendor/courses/${a.courseId}/sections`, { title: "Part two" }, auth)
      const { data: moved } = await api.post(`/vendor/courses/${a.courseId}/lessons/${a.lessonIds[0]}`, { section_id: s2.section.id, title: "One (moved)" }, auth)
      expect(moved.lesson).toMatchObject({ section_id: s2.section.id, title: "One (moved)", rank: 0 })

      // the product's card facts follow the curriculum: lessons and minutes after create, update and delete
      const cardFacts = async () => {
        const [product] = await getContainer().resolve(Modules.PRODUCT).listProducts({ id: a.productId })
        return { lessons: product.metadata?.lessons_count, minutes: product.metadata?.duration_minutes }
      }
      await api.post(`/vendor/courses/${a.courseId}/lessons/${a.lessonIds[0]}`, { duration_seconds: 600 }, auth)
      const { data: extra } = await api.post(`/vendor/courses/${a.courseId}/lessons`, { section_id: s2.section.id, title: "Three", kind: "text", duration_seconds: 300 }, auth)
      expect(await cardFacts()).toEqual({ lessons: 3, minutes: 15 })
      await api.delete(`/vendor/courses/${a.courseId}/lessons/${extra.lesson.id}`, auth)
      expect(await cardFacts()).toEqual({ lessons: 2, minutes: 10 })

      const foreignSection = await refused(api.post(`/vendor/courses/${a.courseId}/lessons/${a.lessonIds[1]}`, { section_id: other.sectionId }, auth))
      expect(foreignSection.status).toBe(400)
      expect(foreignSection.data.message).toBe(`Section ${other.sectionId} is not a section of this course`)
      const createForeign = await refused(api.post(`/vendor/courses/${a.courseId}/lessons`, { section_id: other.sectionId, title: "X", kind: "text" }, auth))
      expect(createForeign.status).toBe(400)
      // A lesson of another of my courses under this course's path: not found here.
      expect((await refused(api.delete(`/vendor/courses/${a.courseId}/lessons/${other.lessonIds[0]}`, auth))).status).toBe(404)
      expect((await refused(api.post(`/vendor/courses/${a.courseId}/sections/${other.sectionId}`, { title: "x" }, auth))).status).toBe(404)

      const order = (sections: { id: string; lesson_ids: string[] }[]) => refused(api.post(`/vendor/courses/${a.courseId}/curriculum`, { sections }, auth))
      const cases: [{ id: string; lesson_ids: string[] }[], RegExp][] = [
        [[{ id: a.sectionId, lesson_ids: [a.lessonIds[1]] }], new RegExp(`must name every section of the course; missing: ${s2.section.id}`)],
        [[{ id: a.sectionId, lesson_ids: [a.lessonIds[1]] }, { id: s2.section.id, lesson_ids: [] }], new RegExp(`must name every lesson of the course; missing: ${a.lessonIds[0]}`)],
        [[{ id: a.sectionId, lesson_ids: [a.lessonIds[1], a.lessonIds[0]] }, { id: s2.section.id, lesson_ids: [a.lessonIds[0]] }], new RegExp(`Lesson ${a.lessonIds[0]} is named more than once`)],
        [[{ id: a.sectionId, lesson_ids: [] }, { id: a.sectionId, lesson_ids: [] }], new RegExp(`Section ${a.sectionId} is named more than once`)],
        [[{ id: a.sectionId, lesson_ids: a.lessonIds }, { id: other.sectionId, lesson_ids: [] }, { id: s2.section.id, lesson_ids: [] }], new RegExp(`Section ${other.sectionId} is not a section of this course`)],
        [[{ id: a.sectionId, lesson_ids: [...a.lessonIds, other.lessonIds[0]] }, { id: s2.section.id, lesson_ids: [] }], new RegExp(`Lesson ${other.lessonIds[0]} is not a lesson of this course`)],
      ]
      for (const [sections, message] of cases) {
        const res = await order(sections)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      }
      for (const body of [{ sections: "nope" }, { sections: [{ id: a.sectionId }] }, {}]) {
        expect((await refused(api.post(`/vendor/courses/${a.courseId}/curriculum`, body, auth))).status).toBe(400)
      }
      // Ids of unknown kinds are refused by the vendor guard before validation.
      const unknown = await refused(api.post(`/vendor/courses/${a.courseId}/curriculum`, { sections: [{ id: "csec_1", lesson_ids: ["not-a-lesson"] }] }, auth))
      expect(unknown.status).toBe(404)
      // Refused orders changed nothing.
      const { data } = await api.get(`/vendor/courses/${a.courseId}`, auth)
      expect(data.course.sections.map((s: { id: string; lessons: { id: string }[] }) => [s.id, s.lessons.map((l) => l.id)])).toEqual([
        [a.sectionId, [a.lessonIds[1]]],
        [s2.section.id, [a.lessonIds[0]]],
      ])
    })

    it("keeps a published course's last lesson, deletes only drafts without enrolments", async () => {
      const auth = bearer(teacher.token)
      const c = await buildCourse(api, teacher.token, "Short course")
      await api.post(`/vendor/courses/${c.courseId}/publish`, {}, auth)
      const last = await refused(api.delete(`/vendor/courses/${c.courseId}/lessons/${c.lessonIds[0]}`, auth))
      expect(last.status).toBe(400)
      expect(last.data.message).toMatch(/needs at least one lesson/)
      const section = await refused(api.delete(`/vendor/courses/${c.courseId}/sections/${c.sectionId}`, auth))
      expect(section.status).toBe(400)
      const published = await refused(api.delete(`/vendor/courses/${c.courseId}`, auth))
      expect(published.status).toBe(400)
      expect(published.data.message).toBe("Only a draft course can be deleted: unpublish it first")

      await api.post(`/vendor/courses/${c.courseId}/unpublish`, {}, auth)
      await coursesService(getContainer()).createEnrollments({ course_id: c.courseId, customer_id: "cus_01STUDENT", enrolled_at: new Date() })
      const enrolled = await refused(api.delete(`/vendor/courses/${c.courseId}`, auth))
      expect(enrolled.status).toBe(400)
      expect(enrolled.data.message).toMatch(/with enrolments cannot be deleted/)

      // A draft: lessons and sections may go, then the course with its product and video files.
      const d = await buildCourse(api, teacher.token, "Draft course", [{ title: "Clip", kind: "video" }, { title: "Text", kind: "text" }])
      await uploadVideo(api, teacher.token, d.courseId, d.lessonIds[0], mp4Bytes(), "clip.mp4")
      const key = (await lessonFile(d.lessonIds[0]))!
      const { data: delLesson } = await api.delete(`/vendor/courses/${d.courseId}/lessons/${d.lessonIds[1]}`, auth)
      expect(delLesson).toEqual({ id: d.lessonIds[1], object: "lesson", deleted: true })
      const { data: deleted } = await api.delete(`/vendor/courses/${d.courseId}`, auth)
      expect(deleted).toEqual({ id: d.courseId, object: "course", deleted: true })
      expect(existsSync(privateFile(key))).toBe(false)
      expect(await getContainer().resolve(Modules.PRODUCT).listProducts({ id: d.productId })).toHaveLength(0)
      expect((await refused(api.get(`/vendor/courses/${d.courseId}`, auth))).status).toBe(404)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: lessons } = await query.graph({ entity: "lesson", fields: ["id"], filters: { course_id: d.courseId } })
      expect(lessons).toEqual([])
      // the handle is free again
      const again = await api.post("/vendor/courses", courseBody("Draft course"), auth)
      expect(again.status).toBe(201)
    })

    it("lets the course's product be deleted or (un)published only through the course routes", async () => {
      const auth = bearer(teacher.token)
      const c = await buildCourse(api, teacher.token, "Guarded product")
      const del = await refused(api.delete(`/vendor/products/${c.productId}`, auth))
      expect(del.status).toBe(400)
      expect(del.data.message).toBe(`This product sells the course ${c.courseId}: it is deleted through /vendor/courses/${c.courseId}`)
      const publish = await refused(api.post(`/vendor/products/${c.productId}`, { status: "published" }, auth))
      expect(publish.status).toBe(400)
      expect(publish.data.message).toMatch(/published or unpublished through \/vendor\/courses\//)
      expect((await getContainer().resolve(Modules.PRODUCT).retrieveProduct(c.productId)).status).toBe("draft")
      // Other product edits stay allowed.
      const { data } = await api.post(`/vendor/products/${c.productId}`, { subtitle: "Edited as a product" }, auth)
      expect(data.product.subtitle).toBe("Edited as a product")
    })

    it("serialises concurrent curriculum writes on one course: distinct ranks, and a published course keeps a lesson", async () => {
      const auth = bearer(teacher.token)
      const c = await buildCourse(api, teacher.token, "Busy course", [
        { title: "First", kind: "text" },
        { title: "Second", kind: "text" },
      ])
      const created = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          api.post(`/vendor/courses/${c.courseId}/lessons`, { section_id: c.sectionId, title: `Parallel ${i}`, kind: "text" }, auth)
        )
      )
      expect(created.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201])
      const { data } = await api.get(`/vendor/courses/${c.courseId}`, auth)
      expect(data.course.sections[0].lessons.map((l: { rank: number }) => l.rank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])

      const small = await buildCourse(api, teacher.token, "Two lessons", [
        { title: "A", kind: "text" },
        { title: "B", kind: "text" },
      ])
      await api.post(`/vendor/courses/${small.courseId}/publish`, {}, auth)
      const deletes = await Promise.all(small.lessonIds.map((id) => refused(api.delete(`/vendor/courses/${small.courseId}/lessons/${id}`, auth))))
      expect(deletes.map((r) => r.status).sort()).toEqual([200, 400])
      expect((await api.get(`/vendor/courses/${small.courseId}`, auth)).data.course.lessons_count).toBe(1)
    })

    it("answers 400/404, never 500, to bad ids and bodies on the curriculum routes", async () => {
      const auth = bearer(teacher.token)
      const c = await buildCourse(api, teacher.token, "Robust")
      const calls: [() => Promise<unknown>, number][] = [
        [() => api.get("/vendor/courses/not-an-id", auth), 404],
        [() => api.get("/vendor/courses/course_01DOESNOTEXIST", auth), 404],
        [() => api.get(`/vendor/courses/${c.courseId}?expand=everything`, auth), 400],
        [() => api.get("/vendor/courses?limit=1000", auth), 400],
        [() => api.post(`/vendor/courses/${c.courseId}/sections`, { title: "" }, auth), 400],
        [() => api.post(`/vendor/courses/${c.courseId}/sections`, { title: "a\u0007b" }, auth), 400],
        [() => api.post(`/vendor/courses/${c.courseId}/lessons`, { section_id: c.sectionId, title: "X", kind: "audio" }, auth), 400],
        [() => api.post(`/vendor/courses/${c.courseId}/lessons`, { section_id: "csec_01NOPE", title: "X", kind: "text" }, auth), 404],
        [() => api.post(`/vendor/courses/${c.courseId}/lessons`, { section_id: c.sectionId, title: "X", kind: "text", duration_seconds: -5 }, auth), 400],
        [() => api.post(`/vendor/courses/${c.courseId}/lessons`, { section_id: c.sectionId, title: "X", kind: "text", body: "x".repeat(50_001) }, auth), 400],
        [() => api.post(`/vendor/courses/${c.courseId}/lessons/${c.lessonIds[0]}`, {}, auth), 400],
        [() => api.post(`/vendor/courses/${c.courseId}/lessons/lesson_01NOPE`, { title: "x" }, auth), 404],
        [() => api.post(`/vendor/courses/${c.courseId}/lessons/${c.lessonIds[0]}/video`, { file: "not multipart" }, auth), 400],
        [() => api.delete(`/vendor/courses/${c.courseId}/sections/csec_01NOPE`, auth), 404],
      ]
      for (const [call, expected] of calls) {
        const res = await refused(call())
        expect([res.status, res.data?.message]).toEqual([expected, expect.any(String)])
      }
    })
  },
})
