import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderHoldsCourses } from "../lib/vendor-courses"
import { enrollFromOrderWorkflow } from "../workflows/enrolment"

/**
 * A placed order enrols its customer in the courses it contains (idempotent: replays change
 * nothing). Most orders hold no course: they are recognised with one indexed statement and the enrolment
 * workflow (which reads the order with its totals and payments) does not run for them.
 */
export default async function courseOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!(await orderHoldsCourses(container, event.data.id))) return
  await enrollFromOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "courses-enroll-on-order-placed" } }
