import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { existsSync } from "node:fs"
import path from "node:path"
import { discoverRoutes, type Method, vendorApiRoot } from "../helpers/routes"
import { adminHeaders, bearer } from "../helpers/fixtures"
import { buildCourse, courseBody, coursesService, mp4Bytes, signUpTeacher, uploadVideo } from "../helpers/teacher"

jest.setTimeout(300_000)

/**
 * The courses plugin's isolation matrix (like vendor-isolation.spec.ts for the marketplace). Every
 * /vendor route of the courses plugin is discovered from its route files; each method is called by
 * teacher A with teacher B's course, section, lesson and question ids (in the path, or in the
 * query/body where the route has no path parameter) and must answer 403/404 without changing
 * anything of B's. Routes with nested ids are also tried with A's own course and B's child id.
 * A route or method missing from COVERAGE fails the test, so a new route cannot ship uncovered.
 */

const API_ROOT = vendorApiRoot("courses")

type Ids = { courseId: string; sectionId: string; lessonId: string; videoLessonId: string; questionId: string; vendorId: string }
type Case = {
  /** Path parameters filled with the other teacher's ids (`own` = the caller's, for mixed paths). */
  params?: (b: Ids, own: Ids) => Record<string, string>
  /** The same route with the caller's own course and the other teacher's nested id. */
  mixed?: (b: Ids, own: Ids) => Record<string, string>
  query?: (b: Ids) => Record<string, string>
  body?: (b: Ids, own: Ids) => unknown
  refused?: number[]
}

const video = () => {
  const form = new FormData()
  form.append("file", new Blob([new Uint8Array(mp4Bytes())], { type: "video/mp4" }), "hijack.mp4")
  return form
}

const COVERAGE: Record<string, Partial<Record<Method, Case>>> = {
  "/vendor/courses": {
    GET: { query: (b) => ({ id: b.courseId }) },
    POST: { body: (b) => ({ ...courseBody("Sneaky copy"), course_id: b.courseId }) },
  },
  "/vendor/courses/:id": {
    GET: { params: (b) => ({ id: b.courseId }) },
    POST: { params: (b) => ({ id: b.courseId }), body: () => ({ title: "Hijacked", prices: [{ currency_code: "eur", amount: 1 }] }) },
    DELETE: { params: (b) => ({ id: b.courseId }) },
  },
  "/vendor/courses/:id/publish": { POST: { params: (b) => ({ id: b.courseId }) } },
  "/vendor/courses/:id/unpublish": { POST: { params: (b) => ({ id: b.courseId }) } },
  "/vendor/courses/:id/stats": { GET: { params: (b) => ({ id: b.courseId }) } },
  "/vendor/courses/:id/sections": {
    POST: { params: (b) => ({ id: b.courseId }), body: () => ({ title: "Planted section" }) },
  },
  "/vendor/courses/:id/sections/:section_id": {
    POST: {
      params: (b) => ({ id: b.courseId, section_id: b.sectionId }),
      mixed: (b, own) => ({ id: own.courseId, section_id: b.sectionId }),
      body: () => ({ title: "Hijacked" }),
    },
    DELETE: {
      params: (b) => ({ id: b.courseId, section_id: b.sectionId }),
      mixed: (b, own) => ({ id: own.courseId, section_id: b.sectionId }),
    },
  },
  "/vendor/courses/:id/lessons": {
    // B's course in the path, or A's own course with B's section in the body.
    POST: {
      params: (b) => ({ id: b.courseId }),
      mixed: (_b, own) => ({ id: own.courseId }),
      body: (b) => ({ section_id: b.sectionId, title: "Planted lesson", kind: "text" }),
    },
  },
  "/vendor/courses/:id/lessons/:lesson_id": {
    POST: {
      params: (b) => ({ id: b.courseId, lesson_id: b.lessonId }),
      mixed: (b, own) => ({ id: own.courseId, lesson_id: b.lessonId }),
      body: () => ({ title: "Hijacked", is_preview: true }),
    },
    DELETE: {
      params: (b) => ({ id: b.courseId, lesson_id: b.lessonId }),
      mixed: (b, own) => ({ id: own.courseId, lesson_id: b.lessonId }),
    },
  },
  "/vendor/courses/:id/lessons/:lesson_id/video": {
    POST: {
      params: (b) => ({ id: b.courseId, lesson_id: b.videoLessonId }),
      mixed: (b, own) => ({ id: own.courseId, lesson_id: b.videoLessonId }),
      body: () => video(),
    },
  },
  "/vendor/courses/:id/curriculum": {
    POST: {
      params: (b) => ({ id: b.courseId }),
      mixed: (_b, own) => ({ id: own.courseId }),
      body: (b) => ({ sections: [{ id: b.sectionId, lesson_ids: [b.videoLessonId, b.lessonId] }] }),
    },
  },
  "/vendor/questions": {
    GET: { query: (b) => ({ course_id: b.courseId, status: "all" }) },
  },
  "/vendor/questions/:id/answers": {
    POST: { params: (b) => ({ id: b.questionId }), body: () => ({ body: "An answer from the wrong teacher" }) },
  },
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const routes = discoverRoutes(API_ROOT)

    it("discovers the courses plugin's vendor routes from the route files", () => {
      expect(routes.length).toBeGreaterThanOrEqual(17)
      expect(routes).toContainEqual({ path: "/vendor/courses/:id/lessons/:lesson_id/video", method: "POST" })
      expect(routes).toContainEqual({ path: "/vendor/questions/:id/answers", method: "POST" })
    })

    it("covers every discovered route and method", () => {
      const uncovered = routes.filter((r) => !COVERAGE[r.path]?.[r.method as Method])
      expect(uncovered).toEqual([])
    })

    describe("teacher A acting on teacher B's courses", () => {
      let a: Ids & { token: string }
      let b: Ids & { token: string }

      /** Everything of B's that a route could change: course, product, curriculum, video files, Q&A. */
      const snapshot = async (ids: Ids) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: courses } = await query.graph({
          entity: "course",
          fields: [
            "id", "title", "subtitle", "status", "published_at", "updated_at", "outcomes",
            "sections.id", "sections.title", "sections.rank", "sections.updated_at",
            "sections.lessons.id", "sections.lessons.title", "sections.lessons.rank", "sections.lessons.is_preview",
            "sections.lessons.video_file_id", "sections.lessons.video_size", "sections.lessons.updated_at",
            "product.id", "product.title", "product.status", "product.updated_at", "product.variants.prices.amount",
          ],
          filters: { id: ids.courseId },
        })
        const { data: vendor } = await query.graph({ entity: "vendor", fields: ["id", "products.id"], filters: { id: ids.vendorId } })
        const questions = await coursesService(getContainer()).listQuestions({ course_id: ids.courseId }, { relations: ["answers"] })
        const files = (courses as unknown as { sections: { lessons: { video_file_id: string | null }[] }[] }[])
          .flatMap((c) => c.sections.flatMap((s) => s.lessons))
          .map((l: { video_file_id: string | null }) => l.video_file_id && existsSync(path.join(process.cwd(), "private", l.video_file_id)))
        return JSON.stringify({ courses, vendor, questions, files })
      }

      const makeTeacher = async (handle: string, admin: { headers: Record<string, string> }) => {
        const t = await signUpTeacher(api, handle, admin)
        const c = await buildCourse(api, t.token, `${handle} course`, [
          { title: "Clip", kind: "video" },
          { title: "Reading", kind: "text" },
        ])
        await uploadVideo(api, t.token, c.courseId, c.lessonIds[0], mp4Bytes(), "clip.mp4")
        await api.post(`/vendor/courses/${c.courseId}/publish`, {}, bearer(t.token))
        const question = await coursesService(getContainer()).createQuestions({
          course_id: c.courseId,
          lesson_id: c.lessonIds[1],
          customer_id: "cus_01STUDENT",
          author_name: "A student",
          title: `Question for ${handle}`,
          body: "Why?",
        })
        return {
          ...t,
          courseId: c.courseId,
          sectionId: c.sectionId,
          videoLessonId: c.lessonIds[0],
          lessonId: c.lessonIds[1],
          questionId: question.id,
        }
      }

      beforeEach(async () => {
        const admin = await adminHeaders(getContainer(), api)
        a = await makeTeacher("teacher-a", admin)
        b = await makeTeacher("teacher-b", admin)
      })

      const attempt = async (routePath: string, method: string, spec: Case, params: Record<string, string>) => {
        const url =
          routePath.replace(/:(\w+)/g, (_, p) => encodeURIComponent(params[p])) + (spec.query ? `?${new URLSearchParams(spec.query(b))}` : "")
        return api
          .request({ method, url, data: spec.body?.(b, a), headers: bearer(a.token).headers })
          .catch((e: { response: { status: number; data: unknown } }) => e.response)
      }

      for (const { path: routePath, method } of discoverRoutes(API_ROOT)) {
        const spec = COVERAGE[routePath]?.[method as Method]
        if (!spec) continue
        it(`${method} ${routePath} with B's ids is refused and changes nothing`, async () => {
          const before = await snapshot(b)
          const res = await attempt(routePath, method, spec, spec.params?.(b, a) ?? {})
          expect(spec.refused ?? [403, 404]).toContain(res.status)
          if (spec.mixed) {
            const mixed = await attempt(routePath, method, spec, spec.mixed(b, a))
            expect(spec.refused ?? [403, 404]).toContain(mixed.status)
          }
          expect(await snapshot(b)).toBe(before)
        })
      }

      it("lets each teacher use the same routes on its own data (positive control)", async () => {
        const auth = bearer(a.token)
        const list = await api.get("/vendor/courses", auth)
        expect(list.data.courses.map((c: { id: string }) => c.id)).toEqual([a.courseId])
        const one = await api.get(`/vendor/courses/${a.courseId}`, auth)
        expect(one.data.course.id).toBe(a.courseId)
        expect((await api.get(`/vendor/courses/${a.courseId}/stats`, auth)).status).toBe(200)
        const renamed = await api.post(`/vendor/courses/${a.courseId}/sections/${a.sectionId}`, { title: "Renamed" }, auth)
        expect(renamed.data.section.title).toBe("Renamed")
        const lesson = await api.post(`/vendor/courses/${a.courseId}/lessons/${a.lessonId}`, { title: "Renamed lesson" }, auth)
        expect(lesson.data.lesson.title).toBe("Renamed lesson")
        const reordered = await api.post(
          `/vendor/courses/${a.courseId}/curriculum`,
          { sections: [{ id: a.sectionId, lesson_ids: [a.lessonId, a.videoLessonId] }] },
          auth
        )
        expect(reordered.status).toBe(200)
        expect((await uploadVideo(api, a.token, a.courseId, a.videoLessonId, mp4Bytes(), "new.mp4")).status).toBe(200)
        const inbox = await api.get("/vendor/questions?status=all", auth)
        expect(inbox.data.questions.map((q: { id: string }) => q.id)).toEqual([a.questionId])
        expect((await api.post(`/vendor/questions/${a.questionId}/answers`, { body: "Because." }, auth)).status).toBe(201)
        expect((await api.post(`/vendor/courses/${a.courseId}/unpublish`, {}, auth)).data.course.status).toBe("draft")
        // and B's data did not move meanwhile
        const bList = await api.get("/vendor/courses", bearer(b.token))
        expect(bList.data.courses).toMatchObject([{ id: b.courseId, status: "published", lessons_count: 2 }])
      })

      it("sees in the snapshot any change B makes itself (the matrix would notice a leak)", async () => {
        const changes: (() => Promise<unknown>)[] = [
          () => api.post(`/vendor/courses/${b.courseId}/lessons/${b.lessonId}`, { is_preview: true }, bearer(b.token)),
          () => api.post(`/vendor/courses/${b.courseId}/unpublish`, {}, bearer(b.token)),
          () => api.post(`/vendor/questions/${b.questionId}/answers`, { body: "Because." }, bearer(b.token)),
          () => uploadVideo(api, b.token, b.courseId, b.videoLessonId, mp4Bytes(99), "v2.mp4"),
        ]
        for (const change of changes) {
          const before = await snapshot(b)
          await change()
          expect(await snapshot(b)).not.toBe(before)
        }
      })

      it("refuses B's ids in other shapes: a lesson id as a section, a product id as a course, an id nested in a body", async () => {
        for (const url of [`/vendor/courses/${b.courseId}/stats`, `/vendor/courses/${b.courseId}/sections/${b.lessonId}`, "/vendor/courses/prod_01XYZ"]) {
          const res = await api.get(url, bearer(a.token)).catch((e) => e.response)
          expect([403, 404]).toContain(res.status)
        }
        const res = await api.post(`/vendor/courses/${a.courseId}`, { title: "x", nested: { lesson_id: b.lessonId } }, bearer(a.token)).catch((e) => e.response)
        expect(res.status).toBe(404)
      })
    })
  },
})
