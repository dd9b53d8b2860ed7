import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAnswerWorkflow } from "@vitrina/courses/workflows"
import { buyAsCustomer, courseVariantId, createCourse, createTeacher, eventually, registerCustomer, type Shopper } from "../helpers/courses"
import { adminHeaders, createStoreInfrastructure, refusal, storeHeaders } from "../helpers/fixtures"

jest.setTimeout(240_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies and module rows are read loosely here
type Row = Record<string, any>

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string
    let course: { id: string; handle: string; product_id: string }
    let lessonIds: string[]
    let ada: Shopper
    let adaOrderId: string
    let bob: Shopper

    const service = () => getContainer().resolve("courses") as Record<string, (...args: unknown[]) => Promise<Row[]>>
    const as = (s: Shopper) => ({ headers: s.headers })
    const questionsUrl = () => `/store/customers/me/courses/${course.handle}/questions`

    async function enrol(email: string, first_name?: string) {
      const shopper = await registerCustomer(api, store, { email, first_name, last_name: first_name ? "Student" : undefined })
      const order = await buyAsCustomer(api, shopper, regionId, [await courseVariantId(getContainer(), course.product_id)])
      await eventually(async () => (await service().listEnrollments({ customer_id: shopper.id, status: "active" }))[0])
      return { shopper, order }
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      regionId = (await createStoreInfrastructure(container)).region.id
      const teacher = await createTeacher(container, "code-school")
      course = await createCourse(container, { vendorId: teacher.id, handle: "typescript-basics" })
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "lesson", fields: ["id"], filters: { course_id: course.id } })
      lessonIds = (data as Row[]).map((l) => l.id)
      const a = await enrol("ada@students.test", "Ada")
      ada = a.shopper
      adaOrderId = a.order.id
      bob = (await enrol("bob@students.test", "Bob")).shopper
    })

    it("lets only students with an active enrolment read, ask, answer and vote", async () => {
      const stranger = await registerCustomer(api, store, { email: "stranger@students.test" })
      const { data: { question } } = await api.post(questionsUrl(), { title: "How do generics work?", body: "Explain please." }, as(ada))

      for (const [method, url, body] of [
        ["get", questionsUrl()],
        ["post", questionsUrl(), { title: "Another one", body: "x" }],
        ["post", `/store/customers/me/questions/${question.id}/answers`, { body: "me too" }],
        ["post", `/store/customers/me/questions/${question.id}/votes`, {}],
        ["delete", `/store/customers/me/questions/${question.id}/votes`],
      ] as [string, string, object?][]) {
        const call = (config: object) =>
          method === "get" ? api.get(url, config) : method === "delete" ? api.delete(url, config) : api.post(url, body, config)
        expect([method, url, (await refusal(call(as(stranger)))).status]).toEqual([method, url, 403])
        expect([method, url, (await refusal(call(store))).status]).toEqual([method, url, 401])
      }
      expect((await refusal(api.get("/store/customers/me/courses/no-such-course/questions", as(ada)))).status).toBe(404)

      // a revoked student is refused too
      const admin = await adminHeaders(getContainer(), api)
      await api.post(`/admin/orders/${adaOrderId}/cancel`, {}, admin)
      await eventually(async () => (await service().listEnrollments({ customer_id: ada.id, status: "revoked" }))[0])
      expect((await refusal(api.get(questionsUrl(), as(ada)))).status).toBe(403)
      expect((await refusal(api.post(`/store/customers/me/questions/${question.id}/answers`, { body: "later" }, as(ada)))).status).toBe(403)
      expect((await refusal(api.post(`/store/customers/me/questions/${question.id}/votes`, {}, as(ada)))).status).toBe(403)
      expect(await service().listQuestions({ course_id: course.id })).toHaveLength(1)
      expect(await service().listAnswers({})).toEqual([])
    })

    it("stores and returns text verbatim (no HTML processing), with the author's public name", async () => {
      const title = `<script>alert("x")</script> & "quotes" — ünïcödé`
      const body = `Line 1\n<img src=x onerror=alert(1)>\n\tTabbed & <b>bold</b>`
      const { status, data } = await api.post(questionsUrl(), { title: `  ${title}  `, body, lesson_id: lessonIds[0] }, as(ada))
      expect(status).toBe(201)
      expect(data.question).toMatchObject({ title, body, lesson_id: lessonIds[0], author_name: "Ada S.", upvotes: 0, answered_by_teacher: false, mine: true, voted: false, answers: [] })

      const answerBody = "<script>document.cookie</script>"
      const { data: { answer } } = await api.post(`/store/customers/me/questions/${data.question.id}/answers`, { body: answerBody }, as(bob))
      expect(answer).toMatchObject({ body: answerBody, author_name: "Bob S.", is_teacher: false })

      const { data: list } = await api.get(questionsUrl(), as(bob))
      expect(list.count).toBe(1)
      expect(list.questions[0]).toMatchObject({ title, body, mine: false, answers: [{ body: answerBody, is_teacher: false }] })
      expect(JSON.stringify(list)).not.toContain("@students.test") // e-mails are never shown
      const { data: forLesson } = await api.get(`${questionsUrl()}?lesson_id=${lessonIds[1]}`, as(bob))
      expect(forLesson.count).toBe(0)
    })

    it("validates strictly and writes nothing on bad input", async () => {
      const { data: { question } } = await api.post(questionsUrl(), { title: "Valid title", body: "Valid body" }, as(ada))
      const teacher2 = await createTeacher(getContainer(), "other-school")
      const foreign = await createCourse(getContainer(), { vendorId: teacher2.id, handle: "foreign-course" })
      const { data: foreignLessons } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "lesson", fields: ["id"], filters: { course_id: foreign.id },
      })
      for (const body of [
        { title: "ab", body: "x" },
        { title: "   ab   ", body: "x" },
        { title: "a".repeat(151), body: "x" },
        { title: "Valid title", body: "" },
        { title: "Valid title", body: "   " },
        { title: "Valid title", body: "x".repeat(5001) },
        { title: "Bad\u0000title", body: "x" },
        { title: "Line\nbreak", body: "x" },
        { title: "Valid title", body: "nul \u0000 byte" },
        { title: 42, body: "x" },
        { title: "Valid title", body: ["x"] },
        { title: "Valid title", body: "x", lesson_id: "nope" },
        { title: "Valid title", body: "x", lesson_id: foreignLessons[0].id },
        { title: "Valid title", body: "x", lesson_id: "lesson_unknown" },
        { title: "Valid title", body: "x", extra: true },
        {},
      ]) {
        expect([body, (await refusal(api.post(questionsUrl(), body, as(ada)))).status]).toEqual([body, 400])
      }
      expect((await api.post(questionsUrl(), { title: "a".repeat(150), body: "x".repeat(5000) }, as(ada))).status).toBe(201)

      const answers = `/store/customers/me/questions/${question.id}/answers`
      for (const body of [{ body: "" }, { body: "x".repeat(5001) }, { body: 5 }, { body: "ok", is_teacher: true }, { body: "a\u0007b" }]) {
        expect([body, (await refusal(api.post(answers, body, as(ada)))).status]).toEqual([body, 400])
      }
      for (const id of ["cq_unknown", "garbage", "%E0%A4%A"]) {
        const res = await refusal(api.post(`/store/customers/me/questions/${id}/answers`, { body: "hi" }, as(ada)))
        expect([id, res.status]).toEqual([id, id.startsWith("%") ? 400 : 404])
        expect([id, (await refusal(api.post(`/store/customers/me/questions/${id}/votes`, {}, as(ada)))).status]).toEqual([id, id.startsWith("%") ? 400 : 404])
      }
      for (const q of ["sort=best", "limit=0", "limit=x", "lesson_id=nope", "offset=-1", "other=1"]) {
        expect([q, (await refusal(api.get(`${questionsUrl()}?${q}`, as(ada)))).status]).toEqual([q, 400])
      }
      expect(await service().listQuestions({ course_id: course.id })).toHaveLength(2)
      expect(await service().listAnswers({})).toEqual([])
    })

    it("keeps votes idempotent with upvotes equal to the number of voters, and sorts by votes or newest", async () => {
      const { data: { question: first } } = await api.post(questionsUrl(), { title: "First question", body: "one" }, as(ada))
      const { data: { question: second } } = await api.post(questionsUrl(), { title: "Second question", body: "two" }, as(ada))
      const votes = (id: string) => `/store/customers/me/questions/${id}/votes`

      expect((await api.post(votes(first.id), {}, as(ada))).data.question).toEqual({ id: first.id, upvotes: 1, voted: true })
      expect((await api.post(votes(first.id), {}, as(ada))).data.question).toEqual({ id: first.id, upvotes: 1, voted: true })
      await Promise.all([api.post(votes(first.id), {}, as(bob)), api.post(votes(first.id), {}, as(bob))])
      expect((await api.get(questionsUrl(), as(bob))).data.questions[0]).toMatchObject({ id: first.id, upvotes: 2, voted: true })
      expect(await service().listQuestionVotes({ question_id: first.id })).toHaveLength(2)

      expect((await api.delete(votes(first.id), as(ada))).data.question).toEqual({ id: first.id, upvotes: 1, voted: false })
      expect((await api.delete(votes(first.id), as(ada))).data.question).toEqual({ id: first.id, upvotes: 1, voted: false })
      expect((await api.delete(votes(second.id), as(ada))).data.question).toEqual({ id: second.id, upvotes: 0, voted: false })

      const byVotes = (await api.get(questionsUrl(), as(ada))).data.questions.map((q: Row) => q.id)
      expect(byVotes).toEqual([first.id, second.id])
      const newest = (await api.get(`${questionsUrl()}?sort=newest&limit=1`, as(ada))).data
      expect(newest).toMatchObject({ count: 2, limit: 1 })
      expect(newest.questions.map((q: Row) => q.id)).toEqual([second.id])
    })

    it("createAnswerWorkflow marks a teacher's answer and the question as answered by the teacher", async () => {
      const { data: { question } } = await api.post(questionsUrl(), { title: "For the teacher", body: "?" }, as(ada))
      const { result } = await createAnswerWorkflow(getContainer()).run({
        input: { question_id: question.id, body: "Here is how.", author: { author_type: "vendor", author_id: "vmem_1", author_name: "Code School" } },
      })
      expect(result).toMatchObject({ is_teacher: true, author_type: "vendor", author_name: "Code School" })
      const { data } = await api.get(questionsUrl(), as(bob))
      expect(data.questions[0]).toMatchObject({ answered_by_teacher: true, answers: [{ body: "Here is how.", is_teacher: true, author_name: "Code School" }] })

      await expect(
        createAnswerWorkflow(getContainer()).run({
          input: { question_id: question.id, body: "x", author: { author_type: "vendor", author_id: "vmem_1", author_name: " " } },
        })
      ).rejects.toMatchObject({ message: "A teacher's answer needs the author's name" })
      await expect(
        createAnswerWorkflow(getContainer()).run({ input: { question_id: "cq_nope", body: "x", author: { author_type: "customer", author_id: ada.id } } })
      ).rejects.toMatchObject({ message: "Question cq_nope was not found" })
      expect(await service().listAnswers({})).toHaveLength(1)
    })
  },
})
