import { container as appContainer } from "@medusajs/framework"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, defineSearchIndex, graphSeed, search } from "@medusajs/framework/utils"
import { pageProductIds, readCatalogRows } from "../lib/catalog-rows"
import {
  CATALOG_CHANGED_EVENT,
  CATALOG_INDEX,
  CATALOG_SOURCE_FIELDS,
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
  fields: CATALOG_SOURCE_FIELDS,
  transform: (rows: CatalogRow[]) => rows.map(toCatalogDocument),
}

// The search context's container only offers `query`; the rows are read with the app's
// PostgreSQL connection (lib/catalog-rows.ts: the same rows as `query.graph`, without the ORM).
const pg = () => appContainer.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** Ids of the products an event names. Variant events name the variant; the rest name products. */
const resolveIds = async (
  event: { name: string; data?: unknown },
  { container }: { container: { query: Parameters<typeof productIdsOfVariants>[0] } }
): Promise<string[]> => {
  const data = (event.data ?? {}) as { id?: string | string[]; product_ids?: string[] }
  // `CATALOG_CHANGED_EVENT` is ours, for writes that bypass Medusa's workflows (bulk import, vendor suspension).
  if (event.name === CATALOG_CHANGED_EVENT) return data.product_ids ?? []
  if (event.name.startsWith("product-variant.")) return productIdsOfVariants(container.query, [data.id ?? []].flat())
  return [data.id ?? []].flat().map(String)
}

/** Documents of these products, and a delete for every id that has none (gone, or deleted). */
async function mutationsFor(ids: string[]) {
  const documents = (await readCatalogRows(pg(), ids)).map(toCatalogDocument)
  const produced = new Set(documents.map((d) => d.id))
  const removed = ids.filter((id) => !produced.has(id))
  return [
    ...(documents.length ? [{ action: "upsert" as const, documents }] : []),
    ...(removed.length ? [{ action: "delete" as const, filters: { id: removed } }] : []),
  ]
}

const SEED_BATCH = 1_000
const graphSeeder = graphSeed({ ...source, batch_size: 500 })

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
  // What graphConsume does (read the named products back, upsert their documents, delete the
  // ones gone), with the rows read by SQL. A deleted variant leaves its product in place: it is
  // re-read rather than deleted.
  consume: async (event, context) => {
    const ids = [...new Set(await resolveIds(event, context as never))]
    if (!ids.length) return []
    if (event.name === "product.deleted") return [{ action: "delete", filters: { id: ids } }]
    return mutationsFor(ids)
  },
  // Pages of products in key order (resumable from `last_key`); the catch-up pass reads the
  // products updated since the seed began, soft-deleted ones included, and deletes those. A
  // reindex narrowed by filters is served by Medusa's graph seed.
  seed: async function* (context) {
    if (context.filters && Object.keys(context.filters).length) {
      yield* graphSeeder(context)
      return
    }
    let cursor = context.last_key as string | undefined
    for (;;) {
      const page = await pageProductIds(pg(), { after: cursor, limit: SEED_BATCH, since: context.catchup?.since })
      if (!page.length) return
      const live = page.filter((r) => !r.deleted).map((r) => r.id)
      const gone = page.filter((r) => r.deleted).map((r) => r.id)
      const mutations = [...(await mutationsFor(live)), ...(gone.length ? [{ action: "delete" as const, filters: { id: gone } }] : [])]
      if (mutations.length) yield mutations
      if (page.length < SEED_BATCH) return
      cursor = page[page.length - 1].id
    }
  },
})
