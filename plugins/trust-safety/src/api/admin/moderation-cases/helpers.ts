import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Listing = { id: string; title: string; handle: string; status: string; thumbnail: string | null; description: string | null; vendor?: { id: string; name: string; handle: string; status: string } | null }

/** The listings (with their vendor) of moderation cases, by product id. */
export async function listingsById(container: MedusaContainer, productIds: string[]): Promise<Map<string, Listing>> {
  if (!productIds.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "handle", "status", "thumbnail", "description", "vendor.id", "vendor.name", "vendor.handle", "vendor.status"],
    filters: { id: productIds },
  })
  return new Map((data as Listing[]).map((p) => [p.id, p]))
}
