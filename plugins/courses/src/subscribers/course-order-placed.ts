import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import CourseProductLink from "../links/course-product"
import { enrollFromOrderWorkflow } from "../workflows/enrolment"

/** Whether any item of the order is a course's product (two light reads: no totals). */
async function holdsCourses(container: MedusaContainer, orderId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["items.product_id"], filters: { id: orderId } })
  const productIds = [...new Set(((order?.items ?? []) as ({ product_id?: string | null } | null)[]).map((i) => i?.product_id).filter((id): id is string => !!id))]
  if (!productIds.length) return false
  const { data } = await query.graph({ entity: CourseProductLink.entryPoint, fields: ["product_id"], filters: { product_id: productIds } })
  return data.length > 0
}

/**
 * A placed order enrols its customer in the courses it contains (idempotent: replays change
 * nothing). Most orders hold no course: they are recognised with two light reads and the enrolment
 * workflow (which reads the order with its totals and payments) does not run for them.
 */
export default async function courseOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!(await holdsCourses(container, event.data.id))) return
  await enrollFromOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "courses-enroll-on-order-placed" } }
