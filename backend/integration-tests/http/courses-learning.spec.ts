import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { mediaSecret, signMediaToken } from "@vitrina/courses/lib/media-token"
import { buyAsCustomer, courseVariantId, createCourse, createTeacher, eventually, registerCustomer, type Shopper } from "../helpers/courses"
import { adminHeaders, createStoreInfrastructure, refusal, storeHeaders } from "../helpers/fixtures"

jest.setTimeout(240_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies and module rows are read loosely here
type Row = Record<string, any>

const VIDEO_A = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251))
const VIDEO_B = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 253))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string
    let course: { id: string; handle: string; product_id: string }
    let lessons: Row[]
    let fileKeys: { a: string; b: string }

    const service = () => getContainer().resolve("courses") as Record<string, (...args: unknown[]) => Promise<Row[]>>

    beforeEach(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      const { region } = await createStoreInfrastructure(container)
      regionId = region.id
      const files = container.resolve(Modules.FILE)
      const [a, b] = await files.createFiles([
        { filename: "intro.mp4", mimeType: "video/mp4", content: VIDEO_A.toString("base64"), access: "private" },
        { filename: "setup.mp4", mimeType: "video/mp4", content: VIDEO_B.toString("base64"), access: "private" },
      ])
      fileKeys = { a: a.id, b: b.id }
      const teacher = await createTeacher(container, "code-school")
      course = await createCourse(container, {
        vendorId: teacher.id,
        handle: "typescript-basics",
        title: "TypeScript basics",
        sections: [
          {
            title: "Start",
            lessons: [
              { title: "Intro", kind: "video", duration_seconds: 100, is_preview: true, video_file_id: a.id },
              { title: "Setup", kind: "video", duration_seconds: 200, video_file_id: b.id },
            ],
          },
          { title: "Reading", lessons: [{ title: "Notes", kind: "text", duration_seconds: 60, body: "Read <b>this</b>." }] },
        ],
      })
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "lesson",
        fields: ["id", "title", "rank", "section.rank"],
        filters: { course_id: course.id },
      })
      lessons = (data as Row[]).sort((x, y) => x.section.rank - y.section.rank || x.rank - y.rank)
      // the preview's size is unknown (served from a buffer), the paid lesson's is recorded (streamed)
      await service().updateLessons([
        { id: lessons[0].id, video_mime_type: "video/mp4" },
        { id: lessons[1].id, video_mime_type: "video/mp4", video_size: VIDEO_B.length },
      ])
    })

    async function enrolled(email: string, names: { first_name?: string; last_name?: string } = {}) {
      const shopper = await registerCustomer(api, store, { email, ...names })
      const order = await buyAsCustomer(api, shopper, regionId, [await courseVariantId(getContainer(), course.product_id)])
      const enrollment = await eventually(async () => (await service().listEnrollments({ customer_id: shopper.id }))[0])
      return { shopper, order, enrollment }
    }
    const lessonUrl = (i: number) => `/store/courses/${course.handle}/lessons/${lessons[i].id}`
    const as = (s: Shopper) => ({ headers: s.headers })
    const mediaPath = (url: string) => url.slice(url.indexOf("/lesson-media/"))

    describe("catalogue", () => {
      it("lists published courses with filters and pagination, and shows a course with its ordered curriculum and teacher", async () => {
        const teacher2 = await createTeacher(getContainer(), "other-school")
        await createCourse(getContainer(), { vendorId: teacher2.id, handle: "draft-course", published: false })
        await createCourse(getContainer(), { vendorId: teacher2.id, handle: "rust-for-all", title: "Rust for all" })

        const { data } = await api.get("/store/courses", store)
        expect(data.count).toBe(2)
        expect(data.courses.map((c: Row) => c.handle).sort()).toEqual(["rust-for-all", "typescript-basics"])
        const ts = data.courses.find((c: Row) => c.handle === "typescript-basics")
        expect(ts).toMatchObject({ title: "TypeScript basics", product_id: course.product_id, lessons_count: 3, duration_seconds: 360, teacher: { handle: "code-school" } })

        expect((await api.get("/store/courses?q=rust", store)).data.courses.map((c: Row) => c.handle)).toEqual(["rust-for-all"])
        expect((await api.get("/store/courses?level=advanced", store)).data.count).toBe(0)
        expect((await api.get("/store/courses?language=en&limit=1&offset=1", store)).data).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect((await api.get("/store/courses?language=en&limit=1&offset=1", store)).data.courses).toHaveLength(1)
        for (const bad of ["limit=abc", "limit=1000", "level=expert", "sort=x", "q=" + "a".repeat(200), "q=%00"]) {
          expect([bad, (await refusal(api.get(`/store/courses?${bad}`, store))).status]).toEqual([bad, 400])
        }

        const { data: { course: detail } } = await api.get("/store/courses/typescript-basics", store)
        expect(detail).toMatchObject({
          id: course.id,
          product_id: course.product_id,
          description: "A test course.",
          level: "beginner",
          lessons_count: 3,
          duration_seconds: 360,
          students_count: 0,
          teacher: { handle: "code-school", name: "CODE SCHOOL", verified: false },
        })
        expect(detail.sections.map((s: Row) => [s.title, s.lessons.map((l: Row) => l.title)])).toEqual([
          ["Start", ["Intro", "Setup"]],
          ["Reading", ["Notes"]],
        ])
        expect(JSON.stringify(detail)).not.toContain("video_file_id")
        expect(detail.sections[1].lessons[0].body).toBeUndefined()

        for (const handle of ["draft-course", "nope", "BAD%20handle", "a".repeat(300)]) {
          expect([handle, (await refusal(api.get(`/store/courses/${handle}`, store))).status]).toEqual([handle, 404])
        }
        expect((await refusal(api.get("/store/courses/typescript-basics", {}))).status).toBe(400) // no publishable key
      })
    })

    describe("lesson access and video", () => {
      it("opens a preview for anyone and other lessons only for an active enrolment", async () => {
        const signedOut = await api.get(lessonUrl(0), store)
        expect(signedOut.data.lesson).toMatchObject({ id: lessons[0].id, title: "Intro", is_preview: true, previous_lesson_id: null, next_lesson_id: lessons[1].id })
        expect(signedOut.data.lesson.video_url).toMatch(/^https?:\/\/[^/]+\/lesson-media\/[\w-]+\.[\w-]+$/)
        expect(JSON.stringify(signedOut.data)).not.toContain("/static")

        expect((await refusal(api.get(lessonUrl(1), store))).status).toBe(401)
        const stranger = await registerCustomer(api, store, { email: "stranger@students.test" })
        expect((await refusal(api.get(lessonUrl(1), as(stranger)))).status).toBe(403)

        const { shopper } = await enrolled("ada@students.test")
        const { data } = await api.get(lessonUrl(1), as(shopper))
        expect(data.lesson).toMatchObject({ title: "Setup", kind: "video", previous_lesson_id: lessons[0].id, next_lesson_id: lessons[2].id })
        const text = await api.get(lessonUrl(2), as(shopper))
        expect(text.data.lesson).toMatchObject({ kind: "text", body: "Read <b>this</b>.", video_url: null, next_lesson_id: null })
        // still refused to the stranger, who is not this enrolment's customer
        expect((await refusal(api.get(lessonUrl(2), as(stranger)))).status).toBe(403)

        for (const id of ["lesson_unknown", "not-an-id", "%E0%A4%A"]) {
          expect([id, (await refusal(api.get(`/store/courses/${course.handle}/lessons/${id}`, as(shopper)))).status]).toEqual([id, id.startsWith("%") ? 400 : 404])
        }
        expect((await refusal(api.get(`${lessonUrl(0)}?x=1`, store))).status).toBe(400)

        // unpublished after the purchase: gone from the store, still open to its enrolled students
        await service().updateCourses({ id: course.id, status: "draft" })
        expect((await refusal(api.get(`/store/courses/${course.handle}`, store))).status).toBe(404)
        expect((await refusal(api.get(lessonUrl(0), store))).status).toBe(404)
        expect((await refusal(api.get(lessonUrl(1), as(stranger)))).status).toBe(404)
        const kept = await api.get(lessonUrl(0), as(shopper))
        const video = await api.get(mediaPath(kept.data.lesson.video_url), { responseType: "arraybuffer" })
        expect(Buffer.from(video.data).equals(VIDEO_A)).toBe(true)
        expect((await api.get(lessonUrl(1), as(shopper))).status).toBe(200)
      })

      it("streams the private video behind a signed token with Range support, and refuses tampered, expired and revoked tokens", async () => {
        const { shopper, order } = await enrolled("ada@students.test")
        const { data } = await api.get(lessonUrl(1), as(shopper))
        const path = mediaPath(data.lesson.video_url)

        // no publishable key and no session: the token is the credential
        const full = await api.get(path, { responseType: "arraybuffer" })
        expect(full.status).toBe(200)
        expect(Buffer.from(full.data).equals(VIDEO_B)).toBe(true)
        expect(full.headers).toMatchObject({ "accept-ranges": "bytes", "cache-control": "private, no-store", "content-type": "video/mp4" })

        const part = await api.get(path, { responseType: "arraybuffer", headers: { range: "bytes=100-1099" } })
        expect(part.status).toBe(206)
        expect(part.headers["content-range"]).toBe(`bytes 100-1099/${VIDEO_B.length}`)
        expect(Buffer.from(part.data).equals(VIDEO_B.subarray(100, 1100))).toBe(true)
        const tail = await api.get(path, { responseType: "arraybuffer", headers: { range: "bytes=-10" } })
        expect(Buffer.from(tail.data).equals(VIDEO_B.subarray(VIDEO_B.length - 10))).toBe(true)
        expect((await refusal(api.get(path, { headers: { range: "bytes=999999-" } }))).status).toBe(416)

        // the preview (size unknown: served from a buffer) also answers ranges, to anyone
        const preview = mediaPath((await api.get(lessonUrl(0), store)).data.lesson.video_url)
        const previewPart = await api.get(preview, { responseType: "arraybuffer", headers: { range: "bytes=0-9" } })
        expect(previewPart.status).toBe(206)
        expect(previewPart.headers["content-range"]).toBe(`bytes 0-9/${VIDEO_A.length}`)
        expect(Buffer.from(previewPart.data).equals(VIDEO_A.subarray(0, 10))).toBe(true)

        // tampered: another lesson in the payload with the old signature; forged with another key; expired; garbage
        const [payload, signature] = path.replace("/lesson-media/", "").split(".")
        const claims = JSON.parse(Buffer.from(payload, "base64url").toString())
        const swapped = Buffer.from(JSON.stringify({ ...claims, c: null, l: lessons[1].id, e: claims.e + 9999 })).toString("base64url")
        const secret = mediaSecret(getContainer())
        const forged = signMediaToken("not-the-secret", { lesson_id: lessons[1].id, customer_id: shopper.id })
        const expired = signMediaToken(secret, { lesson_id: lessons[1].id, customer_id: shopper.id }, Date.now() - 3 * 60 * 60 * 1000)
        for (const token of [`${swapped}.${signature}`, `${payload}.${signature.slice(0, -2)}xx`, forged, expired, "garbage", "a.b.c", "%E0%A4%A"]) {
          const res = await refusal(api.get(`/lesson-media/${token}`))
          expect([token, res.status]).toEqual([token, token.startsWith("%") ? 400 : 403])
        }

        // the file is private: not under /static
        expect((await refusal(api.get(`/static/${fileKeys.b}`))).status).toBe(404)

        // revocation cuts a token already handed out
        const admin = await adminHeaders(getContainer(), api)
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        await eventually(async () => (await service().listEnrollments({ customer_id: shopper.id, status: "revoked" }))[0])
        expect((await refusal(api.get(path))).status).toBe(403)
        expect((await refusal(api.get(lessonUrl(1), as(shopper)))).status).toBe(403)
        expect((await api.get(lessonUrl(0), as(shopper))).status).toBe(200) // previews stay open
      })
    })

    describe("progress and certificates", () => {
      it("records progress (monotonic, capped, 90 % completes, text needs marking), resumes, and issues one certificate at 100 %", async () => {
        const { shopper, enrollment } = await enrolled("anna@students.test", { first_name: "Анна", last_name: "Łukasz" })
        const progressUrl = `/store/customers/me/enrollments/${enrollment.id}/progress`
        const post = (body: object) => api.post(progressUrl, body, as(shopper))

        // two first reports at once (two tabs): one row, both answered
        const [firstReport, secondReport] = await Promise.all([
          post({ lesson_id: lessons[1].id, seconds_watched: 150, position_seconds: 150 }),
          post({ lesson_id: lessons[1].id, seconds_watched: 150, position_seconds: 150 }),
        ])
        expect([firstReport.status, secondReport.status]).toEqual([200, 200])
        expect(await service().listLessonProgresses({ enrollment_id: enrollment.id })).toHaveLength(1)
        let res = firstReport
        expect(res.data).toMatchObject({
          progress: { lesson_id: lessons[1].id, seconds_watched: 150, position_seconds: 150, completed_at: null },
          enrollment: { progress_percent: 0, last_lesson_id: lessons[1].id, completed_at: null },
          certificate: null,
        })
        res = await post({ lesson_id: lessons[1].id, seconds_watched: 20, position_seconds: 20 }) // rewound: watched stays
        expect(res.data.progress).toMatchObject({ seconds_watched: 150, position_seconds: 20 })
        res = await post({ lesson_id: lessons[1].id, seconds_watched: 5000 }) // capped at the duration, ≥ 90 % completes
        expect(res.data.progress.seconds_watched).toBe(200)
        expect(res.data.progress.completed_at).toBeTruthy()
        expect(res.data.enrollment.progress_percent).toBe(33)

        res = await post({ lesson_id: lessons[2].id, seconds_watched: 60 }) // a text lesson completes only when marked
        expect(res.data.progress.completed_at).toBeNull()
        res = await post({ lesson_id: lessons[2].id, completed: true })
        expect(res.data.enrollment.progress_percent).toBe(66)

        const { data: page } = await api.get(`/store/customers/me/courses/${course.handle}`, as(shopper))
        expect(page).toMatchObject({ enrollment: { id: enrollment.id, status: "active", last_lesson_id: lessons[2].id }, progress_percent: 66, certificate: null })
        expect(page.course.sections).toHaveLength(2)
        expect(page.progress.find((p: Row) => p.lesson_id === lessons[1].id)).toMatchObject({ seconds_watched: 200, position_seconds: 20 })

        res = await post({ lesson_id: lessons[0].id, seconds_watched: 91 })
        expect(res.data.enrollment.progress_percent).toBe(100)
        expect(res.data.enrollment.completed_at).toBeTruthy()
        const code = res.data.certificate.code
        expect(code).toMatch(/^VTR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)

        // completing again / replaying keeps the one certificate
        const again = await Promise.all([post({ lesson_id: lessons[0].id, completed: true }), post({ lesson_id: lessons[2].id, completed: true })])
        expect(again.map((r) => r.data.certificate.code)).toEqual([code, code])
        expect(await service().listCertificates({ enrollment_id: enrollment.id })).toHaveLength(1)

        const { data: mine } = await api.get("/store/customers/me/enrollments", as(shopper))
        expect(mine.enrollments[0]).toMatchObject({ progress_percent: 100, completed_lessons: 3, total_lessons: 3, certificate_code: code })
        const { data: certs } = await api.get("/store/customers/me/certificates", as(shopper))
        expect(certs.certificates).toEqual([
          expect.objectContaining({ code, student_name: "Анна Łukasz", course_title: "TypeScript basics", course_handle: course.handle, teacher_name: "CODE SCHOOL" }),
        ])
        expect(certs.certificates[0].verification_url).toBe(`http://localhost:8000/en/certificates/${code}`)

        const pdf = await api.get(`/store/customers/me/certificates/${code}/pdf`, { ...as(shopper), responseType: "arraybuffer" })
        expect(pdf.headers["content-type"]).toBe("application/pdf")
        expect(pdf.headers["content-disposition"]).toBe(`attachment; filename="certificate-${code}.pdf"`)
        expect(Buffer.from(pdf.data).subarray(0, 4).toString()).toBe("%PDF")
        expect(Buffer.from(pdf.data).toString("latin1")).toContain("NotoSans")

        const other = await registerCustomer(api, store, { email: "other@students.test" })
        expect((await refusal(api.get(`/store/customers/me/certificates/${code}/pdf`, as(other)))).status).toBe(404)
        expect((await refusal(api.get(`/store/customers/me/certificates/${code}/pdf`, store))).status).toBe(401)

        const { data: verified } = await api.get(`/store/certificates/${code}`, store)
        expect(verified.certificate).toEqual({
          code,
          student_name: "Анна Łukasz",
          course_title: "TypeScript basics",
          course_handle: course.handle,
          teacher_name: "CODE SCHOOL",
          issued_at: expect.any(String),
        })
        expect((await api.get(`/store/certificates/${code.toLowerCase()}`, store)).data.certificate.code).toBe(code)
        for (const unknown of ["VTR-0000-0000-0000", "nope", "x".repeat(500)]) {
          expect([unknown, (await refusal(api.get(`/store/certificates/${unknown}`, store))).status]).toEqual([unknown, 404])
        }
      })

      it("refuses progress on another customer's enrolment, a foreign lesson, bad input and a revoked enrolment", async () => {
        const { shopper, enrollment, order } = await enrolled("ada@students.test")
        const { shopper: bob, enrollment: bobs } = await enrolled("bob@students.test")
        const url = (id: string) => `/store/customers/me/enrollments/${id}/progress`

        expect((await refusal(api.post(url(bobs.id), { lesson_id: lessons[0].id, completed: true }, as(shopper)))).status).toBe(404)
        expect((await refusal(api.post(url("enrol_unknown"), { lesson_id: lessons[0].id }, as(shopper)))).status).toBe(404)
        expect((await refusal(api.post(url("garbage"), { lesson_id: lessons[0].id }, as(shopper)))).status).toBe(404)
        expect((await refusal(api.post(url(enrollment.id), { lesson_id: lessons[0].id }, store))).status).toBe(401)

        const teacher2 = await createTeacher(getContainer(), "other-school")
        const foreign = await createCourse(getContainer(), { vendorId: teacher2.id, handle: "foreign-course" })
        const { data: foreignLessons } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "lesson", fields: ["id"], filters: { course_id: foreign.id },
        })
        expect((await refusal(api.post(url(enrollment.id), { lesson_id: foreignLessons[0].id }, as(shopper)))).status).toBe(400)
        expect((await refusal(api.post(url(enrollment.id), { lesson_id: "lesson_unknown" }, as(shopper)))).status).toBe(400)

        for (const body of [
          {},
          { lesson_id: 42 },
          { lesson_id: lessons[0].id, seconds_watched: "10" },
          { lesson_id: lessons[0].id, seconds_watched: -1 },
          { lesson_id: lessons[0].id, seconds_watched: 1.5 },
          { lesson_id: lessons[0].id, completed: "yes" },
          { lesson_id: lessons[0].id, extra: 1 },
          { lesson_id: `lesson_\u0000` },
          [],
          "{not json",
        ]) {
          const config = { headers: { ...shopper.headers, "content-type": "application/json" } }
          expect([body, (await refusal(api.post(url(enrollment.id), body, config))).status]).toEqual([body, 400])
        }
        // nothing was written by the refused requests
        expect(await service().listLessonProgresses({ enrollment_id: enrollment.id })).toEqual([])
        expect(await service().listLessonProgresses({ enrollment_id: bobs.id })).toEqual([])
        expect((await refusal(api.get("/store/customers/me/courses/typescript-basics", as(await registerCustomer(api, store, { email: "c@students.test" }))))).status).toBe(404)
        expect((await api.get("/store/customers/me/courses/typescript-basics", as(bob))).data.enrollment.id).toBe(bobs.id)

        const admin = await adminHeaders(getContainer(), api)
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        await eventually(async () => (await service().listEnrollments({ id: enrollment.id, status: "revoked" }))[0])
        expect((await refusal(api.post(url(enrollment.id), { lesson_id: lessons[0].id, completed: true }, as(shopper)))).status).toBe(403)
        const { data: revokedPage } = await api.get("/store/customers/me/courses/typescript-basics", as(shopper))
        expect(revokedPage.enrollment.status).toBe("revoked")
      })
    })
  },
})
