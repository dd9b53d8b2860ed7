import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const query = (c: MedusaContainer) => c.resolve(ContainerRegistrationKeys.QUERY)

export type ReviewTarget = {
  product_id: string
  title: string
  status: string
  course_id: string | null
  vendor_id: string | null
}

/** The product a review is about (with its course and vendor, if any); null if it does not exist. */
export async function loadReviewTarget(c: MedusaContainer, productId: string): Promise<ReviewTarget | null> {
  const { data: [product] } = await query(c).graph({
    entity: "product",
    fields: ["id", "title", "status", "course.id", "vendor.id"],
    filters: { id: productId },
  })
  if (!product) return null
  const p = product as unknown as { id: string; title: string; status: string; course?: { id: string } | null; vendor?: { id: string } | null }
  return { product_id: p.id, title: p.title, status: p.status, course_id: p.course?.id ?? null, vendor_id: p.vendor?.id ?? null }
}

/** Order statuses that do not prove a purchase. */
const NOT_BOUGHT = new Set(["canceled", "draft"])
const MAX_ORDERS = 1000

/**
 * Whether the customer actually bought the product: it is a line item of one of their own orders
 * that is not cancelled (with split orders the customer's order is the parent and holds every item;
 * vendor orders have no customer), or — for a course — they hold an active enrolment.
 */
export async function hasBought(c: MedusaContainer, customerId: string, target: ReviewTarget): Promise<boolean> {
  if (target.course_id) {
    const { data: enrolments } = await query(c).graph({
      entity: "enrollment",
      fields: ["id"],
      filters: { course_id: target.course_id, customer_id: customerId, status: "active" },
    })
    if (enrolments.length) return true
  }
  const { data: orders } = await query(c).graph({
    entity: "order",
    fields: ["id", "status", "items.product_id"],
    filters: { customer_id: customerId },
    pagination: { take: MAX_ORDERS, skip: 0, order: { created_at: "DESC" } },
  })
  return (orders as unknown as { status: string; items?: ({ product_id?: string | null } | null)[] | null }[]).some(
    (o) => !NOT_BOUGHT.has(o.status) && (o.items ?? []).some((i) => i?.product_id === target.product_id)
  )
}

/** What other customers see next to a review: first name and last initial, never the e-mail. */
export async function publicAuthorName(c: MedusaContainer, customerId: string): Promise<string> {
  const { data: [customer] } = await query(c).graph({ entity: "customer", fields: ["first_name", "last_name"], filters: { id: customerId } })
  const first = (customer as { first_name?: string | null } | undefined)?.first_name?.trim()
  const last = (customer as { last_name?: string | null } | undefined)?.last_name?.trim()
  if (first) return last ? `${first} ${last[0]}.` : first
  return "Customer"
}
