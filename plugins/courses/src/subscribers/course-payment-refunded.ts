import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revokeRefundedEnrollmentsWorkflow } from "../workflows/enrolment"

/**
 * `payment.refunded` is emitted by Medusa's refundPaymentWorkflow: the operator's refund in the admin,
 * refunds on cancellation, and the marketplace's POST /admin/vendor-orders/:id/refunds (which runs it
 * on the customer's payment). A full refund of the course lines revokes the enrolments.
 */
export default async function coursePaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  await revokeRefundedEnrollmentsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "courses-revoke-on-payment-refunded" } }
