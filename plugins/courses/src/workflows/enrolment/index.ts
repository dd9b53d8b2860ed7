import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RevocationPlan } from "./steps"
import { customerOrderOf, loadOrderCourses, loadOrderCoursesStep, revokeEnrollmentsStep, upsertEnrollmentsStep } from "./steps"

export const enrollFromOrderWorkflowId = "courses-enroll-from-order"

/** `order.placed`: enrols the order's customer in every course whose product is in the order (idempotent). */
export const enrollFromOrderWorkflow = createWorkflow(enrollFromOrderWorkflowId, (input: { order_id: string }) => {
  const order = loadOrderCoursesStep(input)
  const enrollmentIds = upsertEnrollmentsStep(
    transform({ order, input }, ({ order, input }) => ({
      customer_id: order?.customer_id ?? null,
      order_id: order?.order_id ?? input.order_id,
      // a cancelled order (e.g. a late replay of its order.placed) grants nothing
      lines: order && order.status !== "canceled" ? order.lines : [],
    }))
  )
  return new WorkflowResponse(enrollmentIds)
})

/**
 * What a cancelled order revokes: the customer's order → every enrolment it granted; a teacher's
 * vendor order → the enrolments of its courses granted by the customer's order behind it.
 */
const planCancellationStep = createStep(
  "courses-plan-cancellation",
  async (input: { order_id: string }, { container }): Promise<StepResponse<RevocationPlan | null>> => {
  const target = await customerOrderOf(container, input.order_id)
  if (!target) return new StepResponse(null)
  if (!target.vendor_order) return new StepResponse({ order_id: target.order_id, course_ids: null, reason: "order_canceled" })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = target.product_ids.length
    ? await query.graph({ entity: "product", fields: ["id", "course.id"], filters: { id: target.product_ids } })
    : { data: [] }
  const courseIds = (products as { course?: { id: string } | null }[]).map((p) => p.course?.id).filter((id): id is string => !!id)
  return new StepResponse({ order_id: target.order_id, course_ids: courseIds, reason: "vendor_order_canceled" })
  }
)

export const revokeCanceledOrderEnrollmentsWorkflowId = "courses-revoke-canceled-order-enrollments"

/** `order.canceled` (customer's order or a teacher's vendor order): revokes the enrolments it granted. */
export const revokeCanceledOrderEnrollmentsWorkflow = createWorkflow(
  revokeCanceledOrderEnrollmentsWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(revokeEnrollmentsStep(planCancellationStep(input)))
)

/**
 * After a refund on a payment: the customer's order behind it revokes its course enrolments once the
 * refunds on that order reach the amount paid for its course lines (a partial refund keeps access).
 */
const planRefundRevocationStep = createStep(
  "courses-plan-refund-revocation",
  async (input: { payment_id: string }, { container }): Promise<StepResponse<RevocationPlan | null>> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: input.payment_id },
  })
  const orderId = (payment as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
  if (!orderId) return new StepResponse(null)
  const order = await loadOrderCourses(container, orderId)
  if (!order?.lines.length) return new StepResponse(null)
  const paidForCourses = order.lines.reduce((acc, l) => MathBN.add(acc, MathBN.convert(l.total)), MathBN.convert(0))
  if (MathBN.lt(MathBN.convert(order.refunded), paidForCourses)) return new StepResponse(null)
  return new StepResponse({ order_id: order.order_id, course_ids: null, reason: "refunded" })
  }
)

export const revokeRefundedEnrollmentsWorkflowId = "courses-revoke-refunded-enrollments"

export const revokeRefundedEnrollmentsWorkflow = createWorkflow(
  revokeRefundedEnrollmentsWorkflowId,
  (input: { payment_id: string }) => new WorkflowResponse(revokeEnrollmentsStep(planRefundRevocationStep(input)))
)
