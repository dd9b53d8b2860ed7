import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { enrollFromOrderWorkflow } from "@vitrina/courses/workflows"
import { buyAsCustomer, courseVariantId, createCourse, createTeacher, eventually, registerCustomer, type Shopper } from "../helpers/courses"
import { adminHeaders, createStoreInfrastructure, storeHeaders } from "../helpers/fixtures"

jest.setTimeout(240_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of query.graph over links and custom modules are untyped here
type Row = Record<string, any>

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string
    let course: { id: string; handle: string; product_id: string }
    let variantId: string
    let ada: Shopper
    let teacherId: string

    beforeEach(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      const { region } = await createStoreInfrastructure(container)
      regionId = region.id
      const teacher = await createTeacher(container, "code-school")
      teacherId = teacher.id
      course = await createCourse(container, { vendorId: teacher.id, handle: "typescript-basics", eur: 49 })
      variantId = await courseVariantId(container, course.product_id)
      ada = await registerCustomer(api, store, { email: "ada@students.test", first_name: "Ada", last_name: "Lovelace" })
    })

    const courses = () => getContainer().resolve("courses") as {
      listEnrollments: (f: object) => Promise<Row[]>
    }
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const enrollmentsOf = (customerId: string) => courses().listEnrollments({ customer_id: customerId })
    const myEnrollments = async (s: Shopper) => (await api.get("/store/customers/me/enrollments", { headers: s.headers })).data.enrollments as Row[]
    const activeEnrollment = (s: Shopper) => eventually(async () => (await enrollmentsOf(s.id)).find((e) => e.status === "active"))
    const revokedEnrollment = (s: Shopper) => eventually(async () => (await enrollmentsOf(s.id)).find((e) => e.status === "revoked"))

    async function vendorOrderOf(orderId: string) {
      const { data: [group] } = await query().graph({ entity: "order_group", fields: ["orders.id", "orders.total"], filters: { parent_order_id: orderId } })
      return (group.orders as Row[])[0]
    }

    it("enrols the buyer of a course-only cart (no shipping) exactly once, even when order.placed is handled again", async () => {
      const order = await buyAsCustomer(api, ada, regionId, [variantId])
      const enrollment = await activeEnrollment(ada)
      expect(enrollment).toMatchObject({ course_id: course.id, order_id: order.id, status: "active" })
      expect(enrollment.line_item_id).toBe(order.items[0].id)

      // replay: the event again, and the workflow twice at once
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      await Promise.all([
        enrollFromOrderWorkflow(getContainer()).run({ input: { order_id: order.id } }),
        enrollFromOrderWorkflow(getContainer()).run({ input: { order_id: order.id } }),
      ])
      await new Promise((r) => setTimeout(r, 500))
      const all = await enrollmentsOf(ada.id)
      expect(all).toHaveLength(1)
      expect(all[0].id).toBe(enrollment.id)

      const { data: { course: detail } } = await api.get(`/store/courses/${course.handle}`, store)
      expect(detail.students_count).toBe(1)

      const mine = await myEnrollments(ada)
      expect(mine).toEqual([
        expect.objectContaining({
          id: enrollment.id,
          status: "active",
          course: { id: course.id, handle: "typescript-basics", title: "typescript basics", thumbnail: null },
          progress_percent: 0,
          completed_lessons: 0,
          total_lessons: 3,
          last_lesson_id: null,
          completed_at: null,
          certificate_code: null,
        }),
      ])
    })

    it("refuses a guest checkout of a course with a clear message, placing no order", async () => {
      const { data: { cart } } = await api.post("/store/carts", { region_id: regionId, email: "guest@students.test" }, store)
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, store)
      const address = { first_name: "Gus", last_name: "Guest", address_1: "Weg 3", city: "Berlin", postal_code: "10115", country_code: "de" }
      await api.post(`/store/carts/${cart.id}`, { billing_address: address }, store)
      const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, store)
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      const res = await api.post(`/store/carts/${cart.id}/complete`, {}, store).catch((e: { response: Row }) => e.response)
      expect(res.status).toBe(400)
      expect(res.data.message).toBe("Sign in to buy a course: the course is added to your account, where you learn with it")
      const { data: orders } = await query().graph({ entity: "order", fields: ["id"] })
      expect(orders).toEqual([])
    })

    it("does not enrol anyone for an order without courses, and enrols nobody else", async () => {
      const bob = await registerCustomer(api, store, { email: "bob@students.test" })
      await buyAsCustomer(api, ada, regionId, [variantId])
      await activeEnrollment(ada)
      expect(await enrollmentsOf(bob.id)).toEqual([])
      expect(await myEnrollments(bob)).toEqual([])
    })

    it("revokes when the customer's order is cancelled, and a new order re-activates the same enrolment", async () => {
      const admin = await adminHeaders(getContainer(), api)
      const first = await buyAsCustomer(api, ada, regionId, [variantId])
      const enrollment = await activeEnrollment(ada)
      await api.post(`/admin/orders/${first.id}/cancel`, {}, admin)
      const revoked = await revokedEnrollment(ada)
      expect(revoked).toMatchObject({ id: enrollment.id, revoked_reason: "order_canceled" })
      expect((await myEnrollments(ada))[0].status).toBe("revoked")
      // a late replay of the cancelled order's event grants nothing
      await enrollFromOrderWorkflow(getContainer()).run({ input: { order_id: first.id } })
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: first.id } })
      await new Promise((r) => setTimeout(r, 500))
      expect((await enrollmentsOf(ada.id)).map((e) => e.status)).toEqual(["revoked"])

      const second = await buyAsCustomer(api, ada, regionId, [variantId])
      const again = await eventually(async () => (await enrollmentsOf(ada.id)).find((e) => e.status === "active" && e.order_id === second.id))
      expect(again).toMatchObject({ id: enrollment.id, revoked_at: null, revoked_reason: null })
      expect(await enrollmentsOf(ada.id)).toHaveLength(1)
    })

    it("a one-teacher checkout: the customer's order is the teacher's order, and cancelling it revokes", async () => {
      const order = await buyAsCustomer(api, ada, regionId, [variantId])
      await activeEnrollment(ada)
      const vendorOrder = await vendorOrderOf(order.id)
      expect(vendorOrder.id).toBe(order.id)
      await cancelOrderWorkflow(getContainer()).run({ input: { order_id: vendorOrder.id } })
      expect(await revokedEnrollment(ada)).toMatchObject({ course_id: course.id, revoked_reason: "order_canceled" })
    })

    it("a two-teacher checkout: cancelling one teacher's vendor order revokes only that teacher's course", async () => {
      const other = await createTeacher(getContainer(), "data-school")
      const second = await createCourse(getContainer(), { vendorId: other.id, handle: "sql-basics", eur: 29 })
      const order = await buyAsCustomer(api, ada, regionId, [variantId, await courseVariantId(getContainer(), second.product_id)])
      await eventually(async () => (await enrollmentsOf(ada.id)).filter((e) => e.status === "active").length === 2)
      const { data: [group] } = await query().graph({
        entity: "order_group",
        fields: ["orders.id", "orders.metadata"],
        filters: { parent_order_id: order.id },
      })
      const orders = group.orders as Row[]
      expect(orders).toHaveLength(2)
      expect(orders.map((o) => o.id)).not.toContain(order.id)
      const teachers = orders.find((o) => o.metadata?.vitrina_vendor_id === teacherId) as Row
      await cancelOrderWorkflow(getContainer()).run({ input: { order_id: teachers.id } })
      expect(await revokedEnrollment(ada)).toMatchObject({ course_id: course.id, revoked_reason: "vendor_order_canceled" })
      const after = await enrollmentsOf(ada.id)
      expect(after.find((e) => e.course_id === second.id)).toMatchObject({ status: "active" })
    })

    it("keeps access after a partial refund and revokes once the course is refunded in full (marketplace vendor-order refunds)", async () => {
      const admin = await adminHeaders(getContainer(), api)
      const order = await buyAsCustomer(api, ada, regionId, [variantId])
      await activeEnrollment(ada)
      const { data: [withPayment] } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: (withPayment as Row).payment_collections[0].payments[0].id } })
      const vendorOrder = await vendorOrderOf(order.id)

      const partial = await api.post(`/admin/vendor-orders/${vendorOrder.id}/refunds`, { amount: 10 }, admin)
      expect(partial.status).toBe(201)
      await new Promise((r) => setTimeout(r, 1000))
      expect((await enrollmentsOf(ada.id))[0].status).toBe("active")

      const rest = Number(MathBN.sub(MathBN.convert(vendorOrder.total), 10).toString())
      await api.post(`/admin/vendor-orders/${vendorOrder.id}/refunds`, { amount: rest }, admin)
      expect(await revokedEnrollment(ada)).toMatchObject({ revoked_reason: "refunded" })
    })
  },
})
