import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"

/** Marker the marketplace uses for listings it unpublished (`suspension`); ours is `moderation`. */
export const HIDDEN_BY = "vitrina_hidden_by"

export type ListingRow = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  images?: { url: string }[] | null
}

export const LISTING_FIELDS = ["id", "title", "subtitle", "description", "status", "thumbnail", "metadata", "images.url"]

export async function loadListings(container: MedusaContainer, ids: string[]): Promise<ListingRow[]> {
  if (!ids.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: LISTING_FIELDS, filters: { id: ids } })
  return data as ListingRow[]
}

/** The images of a listing: thumbnail and gallery, each once. */
export const listingImages = (row: ListingRow) =>
  [...new Set([row.thumbnail, ...(row.images ?? []).map((i) => i.url)].filter((u): u is string => typeof u === "string" && u.length > 0))].slice(0, 20)

export const listingTexts = (row: ListingRow) => [row.title, row.subtitle, row.description]

/** What was checked: an edit that changes neither texts nor images is not checked again. */
export const contentHash = (row: ListingRow) =>
  createHash("sha256").update(JSON.stringify({ t: listingTexts(row), i: listingImages(row) })).digest("hex")

export const listingKind = (row: ListingRow): "product" | "course" => (row.metadata?.kind === "course" ? "course" : "product")

/** Vendor ids of products (through the marketplace's vendor ↔ product link). */
export async function vendorsOfProducts(container: MedusaContainer, productIds: string[]): Promise<Map<string, string>> {
  if (!productIds.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "vendor.id"],
    filters: { id: productIds },
  })
  return new Map(
    (data as { id: string; vendor?: { id: string } | null }[]).filter((p) => p.vendor?.id).map((p) => [p.id, p.vendor!.id])
  )
}

/** The product ids of a vendor. */
export async function productsOfVendor(container: MedusaContainer, vendorId: string): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "vendor", fields: ["id", "products.id"], filters: { id: vendorId } })
  return ((data[0] as { products?: { id: string }[] } | undefined)?.products ?? []).filter(Boolean).map((p) => p.id)
}
