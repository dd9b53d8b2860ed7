import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** The Search Module index every storefront search reads: products and courses of all vendors. */
export const CATALOG_INDEX = "catalog"

/**
 * Ours, for catalogue writes that go around Medusa's product workflows (bulk import, a vendor
 * suspended or restored): `{ product_ids: string[] }` re-reads those products into the index.
 */
export const CATALOG_CHANGED_EVENT = "vitrina.catalog.changed"

/**
 * The currencies the index holds a price for (`price.<code>`, the lowest base price of any
 * variant). An index's fields are fixed when it is migrated, so they come from configuration,
 * not from the store: `SEARCH_CURRENCIES=eur,usd` (the default).
 */
export function catalogCurrencies(): string[] {
  const raw = process.env.SEARCH_CURRENCIES ?? "eur,usd"
  const codes = raw
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => /^[a-z]{3}$/.test(c))
  return [...new Set(codes)].length ? [...new Set(codes)] : ["eur", "usd"]
}

/**
 * Multi-way synonym groups for engines that support them (the Typesense provider applies them to
 * the collection; PostgreSQL full-text search has no synonyms and ignores them).
 */
export const CATALOG_SYNONYMS: Record<string, string[]> = {
  sofa: ["sofa", "couch", "settee"],
  headphones: ["headphones", "earphones", "headset", "earbuds"],
  tshirt: ["t-shirt", "tshirt", "tee"],
  notebook: ["notebook", "journal", "notepad"],
  course: ["course", "class", "lessons", "tutorial"],
}

/** The `query.graph` fields a catalogue document is built from (search/catalog.ts; lib/catalog-rows.ts reads the same by SQL). */
export const CATALOG_SOURCE_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "thumbnail",
  "status",
  "metadata",
  "created_at",
  "categories.id",
  "categories.name",
  "categories.handle",
  "sales_channels.id",
  "vendor.id",
  "vendor.name",
  "vendor.handle",
  "vendor.status",
  "vendor.verified",
  "variants.id",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.min_quantity",
  "variants.prices.price_rules.attribute",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/* eslint-disable @typescript-eslint/no-explicit-any -- query.graph rows across links are untyped without generated types */
export type CatalogRow = Record<string, any>
/* eslint-enable @typescript-eslint/no-explicit-any */

export type CatalogDocument = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  thumbnail: string | null
  status: string
  sales_channel_ids: string[]
  kind: "product" | "course"
  vendor: { id: string | null; name: string | null; handle: string | null; verified: boolean }
  vendor_status: string
  categories: { id: string; name: string; handle: string }[]
  skus: string[]
  price: Record<string, number | null>
  rating: number | null
  rating_count: number
  in_stock: boolean
  level: string | null
  language: string | null
  lessons_count: number | null
  created_at: Date | null
}

const num = (v: unknown): number | null => {
  if (v === null || v === undefined || v === "") return null
  const n = typeof v === "object" && v !== null && "value" in v ? Number((v as { value: unknown }).value) : Number(v)
  return Number.isFinite(n) ? n : null
}

/** A variant can be bought now: not stock-managed, backorderable, or every inventory item available. */
function variantInStock(variant: CatalogRow): boolean {
  if (variant.manage_inventory === false || variant.allow_backorder) return true
  const items = (variant.inventory_items ?? []) as CatalogRow[]
  if (!items.length) return false
  return items.every((link) => {
    const levels = (link.inventory?.location_levels ?? []) as CatalogRow[]
    const available = levels.reduce((sum, l) => sum + (num(l.stocked_quantity) ?? 0) - (num(l.reserved_quantity) ?? 0), 0)
    return available >= (num(link.required_quantity) ?? 1)
  })
}

/** The lowest base price (no rules, no quantity tier) per configured currency. */
function lowestPrices(variants: CatalogRow[]): Record<string, number | null> {
  const out: Record<string, number | null> = Object.fromEntries(catalogCurrencies().map((c) => [c, null]))
  for (const v of variants) {
    for (const p of (v.prices ?? []) as CatalogRow[]) {
      const code = String(p.currency_code ?? "").toLowerCase()
      if (!(code in out) || (p.price_rules ?? []).length || (num(p.min_quantity) ?? 0) > 1) continue
      const amount = num(p.amount)
      if (amount === null) continue
      out[code] = out[code] === null ? amount : Math.min(out[code] as number, amount)
    }
  }
  return out
}

/** One product row of `query.graph` (fields in search/catalog.ts) as its search document. */
export function toCatalogDocument(row: CatalogRow): CatalogDocument {
  const meta = (row.metadata ?? {}) as Record<string, unknown>
  const variants = (row.variants ?? []) as CatalogRow[]
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null)
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    handle: row.handle,
    thumbnail: row.thumbnail ?? null,
    status: row.status,
    sales_channel_ids: ((row.sales_channels ?? []) as CatalogRow[]).map((s) => s.id),
    kind: meta.kind === "course" ? "course" : "product",
    vendor: {
      id: row.vendor?.id ?? null,
      name: row.vendor?.name ?? null,
      handle: row.vendor?.handle ?? null,
      verified: !!row.vendor?.verified,
    },
    // A product without a vendor is the operator's own listing, shown as such.
    vendor_status: row.vendor ? String(row.vendor.status) : "active",
    categories: ((row.categories ?? []) as CatalogRow[]).map((c) => ({ id: c.id, name: c.name, handle: c.handle })),
    skus: variants.map((v) => v.sku).filter((s): s is string => typeof s === "string" && s.length > 0),
    price: lowestPrices(variants),
    rating: num(meta.rating),
    rating_count: num(meta.rating_count) ?? 0,
    in_stock: variants.some(variantInStock),
    level: str(meta.level),
    language: str(meta.language),
    lessons_count: num(meta.lessons_count),
    created_at: row.created_at ? new Date(row.created_at) : null,
  }
}

/** The products of some variants, deleted variants included (their product is re-read). */
export async function productIdsOfVariants(query: RemoteQueryFunction, variantIds: string[]): Promise<string[]> {
  if (!variantIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return [...new Set((data as CatalogRow[]).map((v) => v.product_id).filter(Boolean))]
}
