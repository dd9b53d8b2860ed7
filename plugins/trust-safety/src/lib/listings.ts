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

export const LISTING_FIELDS = ["id", "handle", "title", "subtitle", "description", "status", "thumbnail", "metadata", "images.url"]

export async function loadListings(container: MedusaContainer, ids: string[]): Promise<ListingRow[]> {
  if (!ids.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: LISTING_FIELDS, filters: { id: ids } })
  return data as ListingRow[]
}

/** The images of a listing: thumbnail and gallery, each once. */
export const listingImages = (row: ListingRow) =>
  [...new Set([row.thumbnail, ...(row.images ?? []).map((i) => i.url)].filter((u): u is string => typeof u === "string" && u.length > 0))].slice(0, 20)

export const listingTexts = (row: ListingRow) => [row.title, row.subtitle, row.description]

/** What was checked: an edit that changes neither texts, images nor videos is not checked again. */
export const contentHash = (row: ListingRow, videos: string[] = []) =>
  createHash("sha256")
    .update(JSON.stringify(videos.length ? { t: listingTexts(row), i: listingImages(row), v: videos } : { t: listingTexts(row), i: listingImages(row) }))
    .digest("hex")

/**
 * The videos of a listing, recorded on its case for the operator (not classified): a product's
 * landing video (`metadata.video_url`) and, for a course, its lessons' private video files.
 */
export async function listingVideos(container: MedusaContainer, row: ListingRow): Promise<string[]> {
  const videos: string[] = []
  const url = row.metadata?.video_url
  if (typeof url === "string" && url) videos.push(url)
  if (listingKind(row) === "course") {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const handle = (row as ListingRow & { handle?: string }).handle
    const { data: courses } = handle ? await query.graph({ entity: "course", fields: ["id"], filters: { handle } }).catch(() => ({ data: [] })) : { data: [] }
    if (courses[0]) {
      const { data: lessons } = await query
        .graph({ entity: "lesson", fields: ["id", "video_file_id"], filters: { course_id: (courses[0] as { id: string }).id } })
        .catch(() => ({ data: [] }))
      for (const l of lessons as { id: string; video_file_id: string | null }[]) if (l.video_file_id) videos.push(`lesson ${l.id}: ${l.video_file_id}`)
    }
  }
  return videos.sort().slice(0, 200)
}

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
