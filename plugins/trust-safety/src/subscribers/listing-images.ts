import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_CHANGED_EVENT } from "@vitrina/marketplace/lib/catalog-search"
import { checkListingImagesWorkflow } from "../workflows/moderation"

/**
 * Classifies the queued images of new and edited listings in the background (a worker thread).
 * Imported products emit no per-product events: their batch's `vitrina.catalog.changed` brings
 * their ids (one indexed read when none of them has queued images).
 */
export default async function listingImages({ event, container }: SubscriberArgs<{ id?: string | string[]; product_ids?: string[] }>) {
  const ids = [event.data?.id ?? [], event.data?.product_ids ?? []].flat().filter((id): id is string => typeof id === "string")
  if (!ids.length) return
  await checkListingImagesWorkflow(container).run({ input: { product_ids: ids } })
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", CATALOG_CHANGED_EVENT] }
