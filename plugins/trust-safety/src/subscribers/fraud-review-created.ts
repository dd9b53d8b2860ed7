import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { scoreReviewWorkflow } from "../workflows/fraud"

/** Every new review is scored by the fraud rules (bursts on a listing, IPs shared with the vendor). */
export default async function fraudReviewCreated({ event, container }: SubscriberArgs<{ id: string; product_id: string; status: string }>) {
  await scoreReviewWorkflow(container).run({ input: { review_id: event.data.id, status: event.data.status } })
}

export const config: SubscriberConfig = { event: "review.created" }
