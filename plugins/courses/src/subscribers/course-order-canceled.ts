import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revokeCanceledOrderEnrollmentsWorkflow } from "../workflows/enrolment"

/** A cancelled order (the customer's, or a teacher's vendor order) revokes the enrolments it granted. */
export default async function courseOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await revokeCanceledOrderEnrollmentsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "courses-revoke-on-order-canceled" } }
