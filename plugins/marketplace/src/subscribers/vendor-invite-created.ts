import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendVendorInviteWorkflow, VENDOR_INVITE_CREATED_EVENT } from "../workflows/vendor/invites"

/** Emails a new vendor invitation with its accept link (the storefront's vendor portal). */
export default async function vendorInviteCreated({ event, container }: SubscriberArgs<{ id: string; token: string }>) {
  const storefront = process.env.STOREFRONT_URL || "http://localhost:8000"
  await sendVendorInviteWorkflow(container).run({
    input: { id: event.data.id, token: event.data.token, accept_url_base: `${storefront}/en/vendor/invite` },
  })
}

export const config: SubscriberConfig = { event: VENDOR_INVITE_CREATED_EVENT }
