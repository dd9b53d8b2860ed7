import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { checkListingImagesWorkflow } from "../workflows/moderation"

/** Classifies the queued images of new and edited listings in the background (a worker thread). */
export default async function listingImages({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = [event.data?.id ?? []].flat().filter((id): id is string => typeof id === "string")
  if (!ids.length) return
  await checkListingImagesWorkflow(container).run({ input: { product_ids: ids } })
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated"] }
