import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { sellsCourses } from "../lib/vendor-courses"
import { enrollFromOrderWorkflow } from "../workflows/enrolment"

/** Whether any item of the order sells a course (two light reads: no totals). */
async function holdsCourses(container: MedusaContainer, orderId: string): Promise<boolean> {
  const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.product_id"], filters: { id: orderId } })
  return sellsCourses(container, order?.items ?? [])
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
