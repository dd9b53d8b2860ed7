import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { coursesService } from "../../lib/students"

/* eslint-disable @typescript-eslint/no-explicit-any -- query.graph rows across links are untyped here */
type Row = Record<string, any>
/* eslint-enable @typescript-eslint/no-explicit-any */

export type OrderCourseLine = { course_id: string; line_item_id: string; total: string }
export type OrderCourses = {
  order_id: string
  status: string
  customer_id: string | null
  lines: OrderCourseLine[]
  /** Sum of the refunds on the order's payments. */
  refunded: string
}

/** The customer's order behind an order id: a vendor order points to it in its metadata. */
export async function customerOrderOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "metadata", "items.product_id"], filters: { id: orderId } })
  if (!order) return null
  const parentId = (order.metadata as Record<string, unknown> | null)?.vitrina_parent_order_id
  return {
    order_id: typeof parentId === "string" ? parentId : (order.id as string),
    vendor_order: typeof parentId === "string",
    product_ids: ((order.items ?? []) as Row[]).map((i) => i?.product_id).filter((id): id is string => typeof id === "string"),
  }
}

/** The courses bought in an order (through the course ↔ product link), with their lines and what was refunded. */
export async function loadOrderCourses(container: MedusaContainer, orderId: string): Promise<OrderCourses | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "customer_id",
      "items.id",
      "items.product_id",
      "total",
      "items.total",
      "items.unit_price",
      "items.quantity",
      "items.tax_lines.*",
      "items.adjustments.*",
      "payment_collections.payments.id",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  if (!order) return null
  const items = ((order.items ?? []) as Row[]).filter((i) => i?.product_id)
  const productIds = [...new Set(items.map((i) => i.product_id as string))]
  const courseOf = new Map<string, string>()
  if (productIds.length) {
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "course.id"], filters: { id: productIds } })
    for (const p of products as Row[]) if (p.course?.id) courseOf.set(p.id, p.course.id)
  }
  const lines = items
    .filter((i) => courseOf.has(i.product_id))
    .map((i) => ({ course_id: courseOf.get(i.product_id)!, line_item_id: i.id as string, total: MathBN.convert((i.total ?? 0) as number).toString() }))
  const refunds = ((order.payment_collections ?? []) as Row[])
    .flatMap((pc) => (pc?.payments ?? []) as Row[])
    .flatMap((p) => (p?.refunds ?? []) as Row[])
  let refunded = MathBN.convert(0)
  for (const r of refunds) refunded = MathBN.add(refunded, MathBN.convert((r?.amount ?? 0) as number))
  return { order_id: order.id as string, status: order.status as string, customer_id: (order.customer_id as string | null) ?? null, lines, refunded: refunded.toString() }
}

export const loadOrderCoursesStep = createStep("courses-load-order-courses", async (input: { order_id: string }, { container }) => {
  return new StepResponse(await loadOrderCourses(container, input.order_id))
})

const isUniqueViolation = (e: unknown) => e instanceof Error && /unique|already exists|duplicate/i.test(e.message)

type EnrollUndo = { created: string[]; reactivated: { id: string; previous: Record<string, unknown> }[] }

/**
 * One enrolment per (course, customer): creates the missing ones, re-activates revoked ones (with the
 * new order), leaves active ones alone — so replaying an order changes nothing. Compensation deletes
 * what it created and restores what it re-activated.
 */
export const upsertEnrollmentsStep = createStep(
  "courses-upsert-enrollments",
  async (input: { customer_id: string | null; order_id: string; lines: OrderCourseLine[] }, { container }) => {
    const undo: EnrollUndo = { created: [], reactivated: [] }
    const ids: string[] = []
    if (!input.customer_id || !input.lines.length) return new StepResponse(ids, undo)
    const service = coursesService(container)
    const byCourse = new Map(input.lines.map((l) => [l.course_id, l]))
    const existing = await service.listEnrollments({ customer_id: input.customer_id, course_id: [...byCourse.keys()] })
    const now = new Date()
    for (const [courseId, line] of byCourse) {
      const found = existing.find((e) => e.course_id === courseId)
      if (found?.status === "active") {
        ids.push(found.id)
        continue
      }
      // the order that was revoked (cancelled / refunded) never grants again, e.g. on a replayed event
      if (found && found.order_id === input.order_id) continue
      if (found) {
        undo.reactivated.push({
          id: found.id,
          previous: {
            status: found.status,
            order_id: found.order_id,
            line_item_id: found.line_item_id,
            enrolled_at: found.enrolled_at,
            revoked_at: found.revoked_at,
            revoked_reason: found.revoked_reason,
          },
        })
        await service.updateEnrollments({
          id: found.id,
          status: "active",
          order_id: input.order_id,
          line_item_id: line.line_item_id,
          enrolled_at: now,
          revoked_at: null,
          revoked_reason: null,
        })
        ids.push(found.id)
        continue
      }
      try {
        const created = await service.createEnrollments({
          course_id: courseId,
          customer_id: input.customer_id,
          order_id: input.order_id,
          line_item_id: line.line_item_id,
          status: "active",
          enrolled_at: now,
        })
        undo.created.push(created.id)
        ids.push(created.id)
      } catch (e) {
        // a concurrent replay of the same event enrolled the customer first: nothing left to do
        if (!isUniqueViolation(e)) throw e
      }
    }
    return new StepResponse(ids, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = coursesService(container)
    if (undo.created.length) await service.deleteEnrollments(undo.created)
    for (const r of undo.reactivated) await service.updateEnrollments({ id: r.id, ...r.previous })
  }
)

/** Revokes the active enrolments granted by an order (optionally only some courses); compensation re-activates them. */
export type RevocationPlan = { order_id: string; course_ids: string[] | null; reason: string }

export const revokeEnrollmentsStep = createStep(
  "courses-revoke-enrollments",
  async (input: RevocationPlan | null, { container }) => {
    if (!input || (input.course_ids && !input.course_ids.length)) return new StepResponse([] as string[], [] as string[])
    const service = coursesService(container)
    const active = await service.listEnrollments({
      order_id: input.order_id,
      status: "active",
      ...(input.course_ids ? { course_id: input.course_ids } : {}),
    })
    if (active.length) {
      const now = new Date()
      await service.updateEnrollments(active.map((e) => ({ id: e.id, status: "revoked" as const, revoked_at: now, revoked_reason: input.reason })))
    }
    const ids = active.map((e) => e.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await coursesService(container).updateEnrollments(
      ids.map((id) => ({ id, status: "active" as const, revoked_at: null, revoked_reason: null }))
    )
  }
)
