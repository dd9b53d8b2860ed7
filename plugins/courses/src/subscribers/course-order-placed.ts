import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { enrollFromOrderWorkflow } from "../workflows/enrolment"

/** A placed order enrols its customer in the courses it contains (idempotent: replays change nothing). */
export default async function courseOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await enrollFromOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "courses-enroll-on-order-placed" } }
