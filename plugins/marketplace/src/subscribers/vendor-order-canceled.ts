import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseVendorOrderLedgerWorkflow } from "../workflows/commission/reverse-vendor-order-ledger"

/** A canceled vendor order posts reversing ledger entries (no-op for orders without ledger entries). */
export default async function vendorOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseVendorOrderLedgerWorkflow(container).run({ input: { order_id: event.data.id, reference: "cancel" } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
