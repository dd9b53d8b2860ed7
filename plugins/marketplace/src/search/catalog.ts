import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import {
  CATALOG_CHANGED_EVENT,
  CATALOG_INDEX,
  CATALOG_SYNONYMS,
  catalogCurrencies,
  productIdsOfVariants,
  toCatalogDocument,
  type CatalogRow,
} from "../lib/catalog-search"

/**
 * The storefront's catalogue index: every product of every vendor, goods and courses alike,
 * served by Medusa's Search Module (`POST /store/search`, entity "catalog") on whichever
 * engine is the default provider: PostgreSQL full-text out of the box, Typesense when
 * `TYPESENSE_URL` is set.
 *
 * Documents are built from `query.graph` rows by `toCatalogDocument`; the store route adds
 * `status = published` and the publishable key's sales channels, and our middleware adds
 * `vendor_status = active`, so drafts and suspended vendors' listings never surface.
 */

const price = Object.fromEntries(catalogCurrencies().map((c) => [c, search.float().filterable().sortable().facetable()])) as Record<
  string,
  ReturnType<typeof search.float>
>

const fields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable(),
  handle: search.keyword().filterable(),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  kind: search.keyword().filterable().facetable(),
  vendor: search.object({
    id: search.keyword().filterable(),
    name: search.keyword().searchable().filterable().facetable(),
    handle: search.keyword().filterable(),
    verified: search.boolean().filterable(),
  }),
  vendor_status: search.keyword().filterable(),
  categories: search
    .object({
      id: search.keyword().filterable(),
      name: search.keyword().searchable().filterable().facetable(),
      handle: search.keyword().filterable(),
    })
    .array(),
  skus: search.keyword().array().filterable(),
  price: search.object(price),
  rating: search.float().filterable().sortable(),
  rating_count: search.integer().filterable().sortable(),
  in_stock: search.boolean().filterable().facetable(),
  level: search.keyword().filterable().facetable(),
  language: search.keyword().filterable().facetable(),
  lessons_count: search.integer().filterable(),
  created_at: search.date().filterable().sortable(),
})

const source = {
  fields: [
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
  ],
  transform: (rows: CatalogRow[]) => rows.map(toCatalogDocument),
}

export default defineSearchIndex({
  name: CATALOG_INDEX,
  entity: "product",
  fields,
  settings: {
    typo_tolerance: { enabled: true },
    provider_options: { "search-typesense": { synonyms: CATALOG_SYNONYMS } },
  },
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    CATALOG_CHANGED_EVENT,
  ],
  consume: graphConsume({
    ...source,
    // Variant events name the variant; the rest name products. `CATALOG_CHANGED_EVENT`
    // is ours, for writes that bypass Medusa's workflows (bulk import, vendor suspension).
    resolve_ids: async (event, { container }) => {
      const data = (event.data ?? {}) as { id?: string | string[]; product_ids?: string[] }
      if (event.name === CATALOG_CHANGED_EVENT) return data.product_ids
      if (event.name.startsWith("product-variant.")) return productIdsOfVariants(container.query, [data.id ?? []].flat())
      return data.id
    },
    // A deleted variant leaves its product in place: re-read it rather than deleting it.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed({ ...source, batch_size: 500 }),
})
