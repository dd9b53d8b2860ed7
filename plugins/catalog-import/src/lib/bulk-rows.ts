import { randomBytes } from "node:crypto"
import { ProductStatus } from "@medusajs/framework/utils"
import type { ImportTarget, PlanProduct } from "./types"

/**
 * The rows Medusa's own services write for a new product (product, options and values, variants,
 * images, categories, price sets and prices, inventory items and levels, and the link tables to
 * pricing, inventory, sales channel, shipping profile and vendor), built in memory for one batch so
 * that the bulk writer can insert them table by table with one multi-row INSERT each.
 *
 * Every column that is NOT NULL without a default is filled; the others keep the default the
 * module's own create leaves (NULL, `now()`, …). Id prefixes are the ones `generateEntityId` gets
 * from the models and link definitions. `__tests__/bulk-rows.unit.spec.ts` and the HTTP equivalence test
 * (catalog-import-bulk.spec.ts) check this against what the services write, and a test compares
 * BULK_TABLES with information_schema so a new NOT NULL column in Medusa's schema fails CI.
 */

/** A column: its name and the PostgreSQL type its values are sent as (jsonb travels as text). */
export type BulkColumn = { name: string; type: "text" | "bool" | "int4" | "numeric" | "jsonb" | "timestamptz" }

const t = (name: string): BulkColumn => ({ name, type: "text" })
const b = (name: string): BulkColumn => ({ name, type: "bool" })
const i = (name: string): BulkColumn => ({ name, type: "int4" })
const n = (name: string): BulkColumn => ({ name, type: "numeric" })
const j = (name: string): BulkColumn => ({ name, type: "jsonb" })
const ts = (name: string): BulkColumn => ({ name, type: "timestamptz" })

/**
 * Tables in insertion order (parents first) with the columns the writer fills. Columns not listed
 * are left to their defaults — `DEFAULTED` names them, so a column Medusa adds later is noticed.
 */
export const BULK_TABLES = {
  product: [t("id"), t("title"), t("handle"), t("description"), t("status"), t("thumbnail"), b("discountable"), b("is_giftcard"), j("metadata"), ts("created_at"), ts("updated_at")],
  product_option: [t("id"), t("title"), b("is_exclusive")],
  product_product_option: [t("id"), t("product_id"), t("product_option_id")],
  product_option_value: [t("id"), t("value"), t("option_id")],
  product_product_option_value: [t("id"), t("product_product_option_id"), t("product_option_value_id")],
  product_variant: [t("id"), t("title"), t("sku"), b("allow_backorder"), b("manage_inventory"), i("variant_rank"), t("product_id"), ts("created_at"), ts("updated_at")],
  product_variant_option: [t("variant_id"), t("option_value_id")],
  image: [t("id"), t("url"), i("rank"), t("product_id")],
  product_category_product: [t("product_id"), t("product_category_id")],
  price_set: [t("id")],
  price: [t("id"), t("price_set_id"), t("currency_code"), j("raw_amount"), n("amount"), i("rules_count")],
  product_variant_price_set: [t("id"), t("variant_id"), t("price_set_id")],
  inventory_item: [t("id"), t("sku"), t("title"), b("requires_shipping")],
  product_variant_inventory_item: [t("id"), t("variant_id"), t("inventory_item_id"), n("required_quantity")],
  inventory_level: [
    t("id"), t("inventory_item_id"), t("location_id"), n("stocked_quantity"), n("reserved_quantity"), n("incoming_quantity"),
    j("raw_stocked_quantity"), j("raw_reserved_quantity"), j("raw_incoming_quantity"),
  ],
  product_sales_channel: [t("id"), t("product_id"), t("sales_channel_id")],
  product_shipping_profile: [t("id"), t("product_id"), t("shipping_profile_id")],
  vendor_vendor_product_product: [t("id"), t("vendor_id"), t("product_id")],
} satisfies Record<string, BulkColumn[]>

export type BulkTable = keyof typeof BULK_TABLES

/** Columns the writer leaves to their default (NULL, now(), false…), as Medusa's create does for an import. */
export const DEFAULTED: Record<BulkTable, string[]> = {
  product: ["subtitle", "weight", "length", "height", "width", "origin_country", "hs_code", "mid_code", "material", "collection_id", "type_id", "external_id", "deleted_at"],
  product_option: ["metadata", "created_at", "updated_at", "deleted_at"],
  product_product_option: ["created_at", "updated_at", "deleted_at"],
  product_option_value: ["metadata", "rank", "created_at", "updated_at", "deleted_at"],
  product_product_option_value: ["created_at", "updated_at", "deleted_at"],
  product_variant: ["barcode", "ean", "upc", "hs_code", "origin_country", "mid_code", "material", "weight", "length", "height", "width", "metadata", "thumbnail", "deleted_at"],
  product_variant_option: [],
  image: ["metadata", "created_at", "updated_at", "deleted_at"],
  product_category_product: [],
  price_set: ["created_at", "updated_at", "deleted_at"],
  price: ["title", "created_at", "updated_at", "deleted_at", "price_list_id", "min_quantity", "max_quantity", "raw_min_quantity", "raw_max_quantity"],
  product_variant_price_set: ["created_at", "updated_at", "deleted_at"],
  inventory_item: ["created_at", "updated_at", "deleted_at", "origin_country", "hs_code", "mid_code", "material", "weight", "length", "height", "width", "description", "thumbnail", "metadata", "unit_of_measure"],
  product_variant_inventory_item: ["created_at", "updated_at", "deleted_at"],
  inventory_level: ["created_at", "updated_at", "deleted_at", "metadata"],
  product_sales_channel: ["created_at", "updated_at", "deleted_at"],
  product_shipping_profile: ["created_at", "updated_at", "deleted_at"],
  vendor_vendor_product_product: ["created_at", "updated_at", "deleted_at"],
}

/** Id prefixes: the product, pricing and inventory models' and the link definitions' (`idPrefix`; a custom link's is "link"). */
export const PREFIX = {
  product: "prod",
  option: "opt",
  productOption: "prodopt",
  optionValue: "optval",
  productOptionValue: "prodoptval",
  variant: "variant",
  image: "img",
  priceSet: "pset",
  price: "price",
  variantPriceSet: "pvps",
  inventoryItem: "iitem",
  variantInventoryItem: "pvitem",
  inventoryLevel: "ilev",
  productSalesChannel: "prodsc",
  productShippingProfile: "prodsp",
  vendorProduct: "link",
} as const

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
let pool = Buffer.alloc(0)
let poolAt = 0
let lastMs = -1
let lastTime = ""

/**
 * `<prefix>_<ULID>`, the form of Medusa's `generateEntityId` (48-bit time in ms, then 80 random
 * bits, Crockford base 32), from a pooled random buffer: the `ulid` package reads the system's
 * random source once per character, which costs ≈ 0.2 ms per id — seconds per batch.
 */
export function entityId(prefix: string): string {
  const now = Date.now()
  if (now !== lastMs) {
    let ms = now
    let time = ""
    for (let k = 0; k < 10; k++) {
      time = CROCKFORD[ms % 32] + time
      ms = Math.floor(ms / 32)
    }
    lastMs = now
    lastTime = time
  }
  if (poolAt + 16 > pool.length) {
    pool = randomBytes(16 * 4096)
    poolAt = 0
  }
  let random = ""
  for (let k = 0; k < 16; k++) random += CROCKFORD[pool[poolAt++] & 31]
  return `${prefix}_${lastTime}${random}`
}

/** A BigNumber column's raw JSON as the modules store it for a plain number. */
export const rawNumber = (value: number) => JSON.stringify({ value: String(value), precision: 20 })

export type BulkRows = { [K in BulkTable]: unknown[][] }

export type BulkResult = {
  rows: BulkRows
  product_ids: string[]
  variant_ids: string[]
  price_set_ids: string[]
  inventory_item_ids: string[]
  option_ids: string[]
  variants: number
}

/**
 * Builds every row for the batch's new (non-course) products. `now` is the batch's timestamp:
 * products and variants get `now` plus their position in microseconds, so that lists ordered by
 * `created_at` keep the file's order, as the service path's successive inserts do.
 */
export function buildBulkRows(products: PlanProduct[], target: ImportTarget, now = new Date()): BulkResult {
  const rows = Object.fromEntries(Object.keys(BULK_TABLES).map((k) => [k, [] as unknown[][]])) as BulkRows
  const product_ids: string[] = []
  const variant_ids: string[] = []
  const price_set_ids: string[] = []
  const inventory_item_ids: string[] = []
  const option_ids: string[] = []
  const base = now.getTime()
  let tick = 0
  // Microsecond-resolution ISO timestamps, strictly increasing within the batch.
  const stamp = () => {
    const us = tick++
    const d = new Date(base + Math.floor(us / 1000))
    return d.toISOString().replace("Z", String(us % 1000).padStart(3, "0") + "Z")
  }
  const zero = rawNumber(0)

  for (const p of products) {
    const productId = entityId(PREFIX.product)
    product_ids.push(productId)
    const created = stamp()
    rows.product.push([
      productId,
      p.title,
      p.handle,
      p.description,
      p.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
      p.image_urls[0] ?? null,
      true,
      false,
      JSON.stringify({ kind: "physical", imported: true }),
      created,
      created,
    ])
    p.image_urls.forEach((url, rank) => rows.image.push([entityId(PREFIX.image), url, rank, productId]))
    for (const categoryId of p.category_ids) rows.product_category_product.push([productId, categoryId])
    if (target.sales_channel_id) rows.product_sales_channel.push([entityId(PREFIX.productSalesChannel), productId, target.sales_channel_id])
    if (target.shipping_profile_id) rows.product_shipping_profile.push([entityId(PREFIX.productShippingProfile), productId, target.shipping_profile_id])
    rows.vendor_vendor_product_product.push([entityId(PREFIX.vendorProduct), target.vendor_id, productId])

    // Options are the product's own (is_exclusive), one value row per distinct value, as createProducts does.
    const valueIds = new Map<string, Map<string, string>>()
    for (const option of p.options) {
      const optionId = entityId(PREFIX.option)
      option_ids.push(optionId)
      const ppoId = entityId(PREFIX.productOption)
      rows.product_option.push([optionId, option.title, true])
      rows.product_product_option.push([ppoId, productId, optionId])
      const values = new Map<string, string>()
      for (const value of option.values) {
        if (values.has(value)) continue
        const valueId = entityId(PREFIX.optionValue)
        values.set(value, valueId)
        rows.product_option_value.push([valueId, value, optionId])
        rows.product_product_option_value.push([entityId(PREFIX.productOptionValue), ppoId, valueId])
      }
      valueIds.set(option.title, values)
    }

    for (const v of p.variants) {
      const variantId = entityId(PREFIX.variant)
      variant_ids.push(variantId)
      const stocked = v.inventory_quantity !== null
      const vCreated = stamp()
      rows.product_variant.push([variantId, v.title, v.sku, false, stocked, 0, productId, vCreated, vCreated])
      for (const [title, value] of Object.entries(v.options)) {
        const valueId = valueIds.get(title)?.get(value)
        if (!valueId) throw new Error(`Variant ${v.sku}: option ${title} has no value ${value}`)
        rows.product_variant_option.push([variantId, valueId])
      }
      const priceSetId = entityId(PREFIX.priceSet)
      price_set_ids.push(priceSetId)
      rows.price_set.push([priceSetId])
      for (const price of v.prices) {
        rows.price.push([entityId(PREFIX.price), priceSetId, price.currency_code, rawNumber(price.amount), String(price.amount), 0])
      }
      rows.product_variant_price_set.push([entityId(PREFIX.variantPriceSet), variantId, priceSetId])
      // Stock as the service path keeps it: an inventory item, its variant link and a level at the
      // vendor's location — only for stocked variants, and only when a location serves the channel.
      if (stocked && target.location_id) {
        const itemId = entityId(PREFIX.inventoryItem)
        inventory_item_ids.push(itemId)
        rows.inventory_item.push([itemId, v.sku, `${p.title} · ${v.title}`, true])
        rows.product_variant_inventory_item.push([entityId(PREFIX.variantInventoryItem), variantId, itemId, "1"])
        const qty = v.inventory_quantity as number
        rows.inventory_level.push([entityId(PREFIX.inventoryLevel), itemId, target.location_id, String(qty), "0", "0", rawNumber(qty), zero, zero])
      }
    }
  }
  return { rows, product_ids, variant_ids, price_set_ids, inventory_item_ids, option_ids, variants: variant_ids.length }
}

/**
 * One INSERT for all rows of a table: the values travel as one array per column and are spread
 * back into rows by `unnest` — a single statement and a handful of parameters whatever the
 * number of rows.
 */
export function insertStatement(table: BulkTable): string {
  const columns = BULK_TABLES[table]
  const names = columns.map((c) => `"${c.name}"`).join(", ")
  const params = columns.map((c) => `?::${c.type === "jsonb" ? "text" : c.type}[]`).join(", ")
  const select = columns.map((c, k) => (c.type === "jsonb" ? `c${k}::jsonb` : `c${k}`)).join(", ")
  const aliases = columns.map((_, k) => `c${k}`).join(", ")
  return `insert into "${table}" (${names}) select ${select} from unnest(${params}) as t(${aliases})`
}

/** Column arrays (one per column) of a table's rows, the bindings of `insertStatement`. */
export function columnArrays(table: BulkTable, rows: unknown[][]): unknown[][] {
  return BULK_TABLES[table].map((_, k) => rows.map((r) => r[k]))
}
