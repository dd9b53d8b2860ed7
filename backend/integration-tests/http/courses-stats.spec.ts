import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCourse } from "../helpers/courses"
import { adminHeaders, bearer, refused } from "../helpers/fixtures"
import { coursesService, signUpTeacher } from "../helpers/teacher"

jest.setTimeout(240_000)


medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let teacher: { token: string; vendorId: string; memberId: string }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      teacher = await signUpTeacher(api, "stats-school", admin)
    })

    /** The course's lesson ids in curriculum order (Welcome, Setup | Deep dive), through the teacher's API. */
    const lessonIdsOf = async (courseId: string) => {
      const { data } = await api.get(`/vendor/courses/${courseId}`, bearer(teacher.token))
      return data.course.sections.flatMap((s: { lessons: { id: string }[] }) => s.lessons.map((l) => l.id)) as string[]
    }

    /** Enrolments and progress rows written directly with the module service. */
    const seed = async (
      courseId: string,
      students: { customer: string; status?: "active" | "revoked"; completed?: number[]; started?: number[]; finished?: boolean }[],
      lessons: string[]
    ) => {
      const service = coursesService(getContainer())
      for (const s of students) {
        const enrolment = await service.createEnrollments({
          course_id: courseId,
          customer_id: s.customer,
          status: s.status ?? "active",
          enrolled_at: new Date(),
          completed_at: s.finished ? new Date() : null,
        })
        const rows = [
          ...(s.completed ?? []).map((i) => ({ lesson_id: lessons[i], completed_at: new Date(), seconds_watched: 60 })),
          ...(s.started ?? []).map((i) => ({ lesson_id: lessons[i], completed_at: null, seconds_watched: 10 })),
        ]
        if (rows.length) {
          await service.createLessonProgresses(rows.map((r) => ({ ...r, course_id: courseId, enrollment_id: enrolment.id, position_seconds: r.seconds_watched })))
        }
      }
    }

    it("computes students, completion rate, average progress, drop-off and the per-lesson table", async () => {
      const course = await createCourse(getContainer(), { vendorId: teacher.vendorId, handle: "numbers-101" })
      const other = await createCourse(getContainer(), { vendorId: teacher.vendorId, handle: "other-course" })
      const lessons = await lessonIdsOf(course.id)
      expect(lessons).toHaveLength(3)
      await seed(
        course.id,
        [
          { customer: "cus_1", completed: [0, 1, 2], finished: true }, // 100 %
          { customer: "cus_2", completed: [0, 1] }, // 66.7 %, stopped at Deep dive
          { customer: "cus_3", completed: [0] }, // 33.3 %, stopped at Setup
          { customer: "cus_4", completed: [0], started: [1] }, // 33.3 %, stopped at Setup
          { customer: "cus_5" }, // 0 %, stopped at Welcome
          { customer: "cus_6", status: "revoked", completed: [0] }, // not active: counted as a student only
        ],
        lessons
      )
      // Another course's students do not count here.
      await seed(other.id, [{ customer: "cus_1", completed: [] }], await lessonIdsOf(other.id))

      const { data } = await api.get(`/vendor/courses/${course.id}/stats`, bearer(teacher.token))
      expect(data.stats).toEqual({
        students: 6,
        active_students: 5,
        completed: 1,
        completion_rate: 0.1667,
        average_progress: 46.7,
        drop_off: { lesson_id: lessons[1], title: "Setup", students: 2 },
        lessons: [
          { lesson_id: lessons[0], title: "Welcome", section_title: "Getting started", started: 5, completed: 5, stopped_here: 1 },
          { lesson_id: lessons[1], title: "Setup", section_title: "Getting started", started: 3, completed: 2, stopped_here: 2 },
          { lesson_id: lessons[2], title: "Deep dive", section_title: "Going further", started: 1, completed: 1, stopped_here: 1 },
        ],
      })

      const { data: list } = await api.get("/vendor/courses", bearer(teacher.token))
      const counts = Object.fromEntries(list.courses.map((c: { handle: string; lessons_count: number; students_count: number }) => [c.handle, [c.lessons_count, c.students_count]]))
      expect(counts).toEqual({ "numbers-101": [3, 5], "other-course": [3, 1] })
      expect((await api.get(`/vendor/courses/${course.id}`, bearer(teacher.token))).data.course.students_count).toBe(5)
    })

    it("answers zeros and no drop-off for a course without students", async () => {
      const course = await createCourse(getContainer(), { vendorId: teacher.vendorId, handle: "quiet-course" })
      const { data } = await api.get(`/vendor/courses/${course.id}/stats`, bearer(teacher.token))
      expect(data.stats).toMatchObject({ students: 0, active_students: 0, completed: 0, completion_rate: 0, average_progress: 0, drop_off: null })
      expect(data.stats.lessons.map((l: { started: number; stopped_here: number }) => [l.started, l.stopped_here])).toEqual([[0, 0], [0, 0], [0, 0]])
      expect((await refused(api.get(`/vendor/courses/${course.id}/stats?x=1`, bearer(teacher.token)))).status).toBe(400)
    })

    describe("Q&A inbox", () => {
      const ask = (course_id: string, title: string, extra: Record<string, unknown> = {}) =>
        coursesService(getContainer()).createQuestions({ course_id, customer_id: "cus_asker", author_name: "Sam Student", title, body: `${title}?`, ...extra })
      const pause = () => new Promise((r) => setTimeout(r, 15))

      it("lists only the unanswered questions of the teacher's own courses, newest first; the teacher's answer marks them", async () => {
        const mine = await createCourse(getContainer(), { vendorId: teacher.vendorId, handle: "qa-course", title: "QA Course" })
        const second = await createCourse(getContainer(), { vendorId: teacher.vendorId, handle: "second-course", title: "Second Course" })
        const rival = await signUpTeacher(api, "rival-school", admin)
        const theirs = await createCourse(getContainer(), { vendorId: rival.vendorId, handle: "rival-course" })
        const [welcome] = await lessonIdsOf(mine.id)
        const q1 = await ask(mine.id, "How do I install it", { lesson_id: welcome })
        await pause()
        const answered = await ask(mine.id, "Already answered", { answered_by_teacher: true })
        await pause()
        const q2 = await ask(second.id, "What about types")
        await pause()
        const foreign = await ask(theirs.id, "Rival question")

        const { data: inbox } = await api.get("/vendor/questions", bearer(teacher.token))
        expect(inbox.count).toBe(2)
        expect(inbox.questions.map((q: { id: string }) => q.id)).toEqual([q2.id, q1.id])
        expect(inbox.questions[1]).toMatchObject({
          id: q1.id,
          title: "How do I install it",
          body: "How do I install it?",
          author_name: "Sam Student",
          answered_by_teacher: false,
          upvotes: 0,
          course: { id: mine.id, handle: "qa-course", title: "QA Course" },
          lesson: { id: welcome, title: "Welcome" },
          answers: [],
        })
        expect(inbox.questions[0].lesson).toBeNull()

        const { data: all } = await api.get("/vendor/questions?status=all", bearer(teacher.token))
        expect(all.questions.map((q: { id: string }) => q.id)).toEqual([q2.id, answered.id, q1.id])
        const { data: one } = await api.get(`/vendor/questions?course_id=${mine.id}`, bearer(teacher.token))
        expect(one.questions.map((q: { id: string }) => q.id)).toEqual([q1.id])
        const { data: page } = await api.get("/vendor/questions?limit=1&offset=1", bearer(teacher.token))
        expect([page.count, page.questions.map((q: { id: string }) => q.id)]).toEqual([2, [q1.id]])
        expect((await refused(api.get(`/vendor/questions?course_id=${theirs.id}`, bearer(teacher.token)))).status).toBe(404)

        const { status, data: answer } = await api.post(`/vendor/questions/${q1.id}/answers`, { body: "Run npm install.\nThen start." }, bearer(teacher.token))
        expect(status).toBe(201)
        expect(answer.answer).toMatchObject({ question_id: q1.id, body: "Run npm install.\nThen start.", author_name: "stats school", is_teacher: true })
        const stored = await coursesService(getContainer()).retrieveAnswer(answer.answer.id)
        expect(stored).toMatchObject({ author_type: "vendor", author_id: teacher.memberId, is_teacher: true })
        expect((await coursesService(getContainer()).retrieveQuestion(q1.id)).answered_by_teacher).toBe(true)

        const { data: after } = await api.get("/vendor/questions", bearer(teacher.token))
        expect(after.questions.map((q: { id: string }) => q.id)).toEqual([q2.id])
        const { data: withAnswer } = await api.get(`/vendor/questions?status=all&course_id=${mine.id}`, bearer(teacher.token))
        expect(withAnswer.questions.find((q: { id: string }) => q.id === q1.id).answers).toEqual([
          expect.objectContaining({ body: "Run npm install.\nThen start.", author_name: "stats school", is_teacher: true }),
        ])

        // The rival's question is out of reach, and the rival's inbox does not show ours.
        const stolen = await refused(api.post(`/vendor/questions/${foreign.id}/answers`, { body: "Mine now" }, bearer(teacher.token)))
        expect(stolen.status).toBe(404)
        expect(await coursesService(getContainer()).listAnswers({ question_id: foreign.id })).toEqual([])
        const { data: rivalInbox } = await api.get("/vendor/questions", bearer(rival.token))
        expect(rivalInbox.questions.map((q: { id: string }) => q.id)).toEqual([foreign.id])
      })

      it.each([
        ["an empty body", { body: "" }, /body/],
        ["a blank body", { body: "   \n " }, /must not be empty/],
        ["a body over 5000 characters", { body: "x".repeat(5001) }, /body/],
        ["a control character", { body: "hi\u0000there" }, /control characters/],
        ["an unknown field", { body: "ok", is_teacher: false }, /Unrecognized fields: 'is_teacher'/],
      ])("answers 400 to an answer with %s, writing nothing", async (_label, body, message) => {
        const course = await createCourse(getContainer(), { vendorId: teacher.vendorId, handle: "validate-course" })
        const q = await ask(course.id, "Valid question")
        const res = await refused(api.post(`/vendor/questions/${q.id}/answers`, body, bearer(teacher.token)))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect(await coursesService(getContainer()).listAnswers({ question_id: q.id })).toEqual([])
        expect((await coursesService(getContainer()).retrieveQuestion(q.id)).answered_by_teacher).toBe(false)
      })

      it("answers 400 to bad inbox queries", async () => {
        for (const qs of ["status=open", "limit=0", "limit=101", "offset=-1", "sort=votes"]) {
          expect((await refused(api.get(`/vendor/questions?${qs}`, bearer(teacher.token)))).status).toBe(400)
        }
      })
    })
  },
})
