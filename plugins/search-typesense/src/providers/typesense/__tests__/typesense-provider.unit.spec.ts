/**
 * The Typesense provider against a Typesense API: the in-process fake (test-server/typesense-fake.ts)
 * by default, or a real server when TYPESENSE_URL (and TYPESENSE_API_KEY) are set, e.g.
 *   TYPESENSE_URL=http://127.0.0.1:8108 TYPESENSE_API_KEY=xyz npx jest plugins/search-typesense
 * Collections are created under a per-run prefix and deleted afterwards.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { startTypesenseFake, type TypesenseFake } from "../../../../test-server/typesense-fake"
import { TypesenseSearchProviderService } from "../service"

jest.setTimeout(60_000)

const fields: Record<string, SearchTypes.SearchFieldDefinition> = {
  id: { type: "keyword", filterable: true },
  title: { type: "text", searchable: { weight: 3 }, sortable: true },
  description: { type: "text", searchable: true },
  vendor: { type: "object", fields: { id: { type: "keyword", filterable: true }, name: { type: "text", searchable: true } } },
  kind: { type: "keyword", filterable: true, facetable: true },
  categories: { type: "object", array: true, fields: { id: { type: "keyword", filterable: true }, name: { type: "keyword", filterable: true, facetable: true } } },
  price: { type: "object", fields: { eur: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } }, usd: { type: "float", filterable: true, sortable: true } } },
  rating: { type: "float", sortable: true },
  in_stock: { type: "boolean", filterable: true, facetable: true },
  status: { type: "keyword", filterable: true },
  sales_channel_ids: { type: "keyword", array: true, filterable: true },
  created_at: { type: "date", filterable: true, sortable: true },
}

const definition = (physical: string, settings: SearchTypes.SearchIndexSettings = {}): SearchTypes.ResolvedSearchIndexDefinition => ({
  name: "catalog",
  entity: "product",
  primary_key: "id",
  provider: "search-typesense",
  fields,
  settings,
  definition_hash: "test",
  physical_name: physical,
  seed: async function* () {},
})

const NOUNS = ["headphones", "speaker", "sofa", "lamp", "kettle", "backpack", "notebook", "camera"]
const ADJ = ["wireless", "compact", "vintage", "modern", "portable"]
const KINDS = ["physical", "course", "digital"]
const CATS = [
  { id: "cat_audio", name: "Audio" },
  { id: "cat_home", name: "Home" },
  { id: "cat_travel", name: "Travel" },
]

type Product = {
  id: string
  title: string
  description: string
  vendor: { id: string; name: string }
  kind: string
  categories: { id: string; name: string }[]
  price: { eur: number; usd: number }
  rating: number
  in_stock: boolean
  status: string
  sales_channel_ids: string[]
  created_at: string
}

function productDocs(n: number): Product[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `prod_${String(i).padStart(4, "0")}`,
    title: `${ADJ[i % ADJ.length]} ${NOUNS[i % NOUNS.length]} ${i}`,
    description: `A ${NOUNS[i % NOUNS.length]} for everyday use`,
    vendor: { id: `ven_${i % 10}`, name: `Vendor ${i % 10}` },
    kind: KINDS[i % 3],
    categories: [CATS[i % 3], ...(i % 2 ? [CATS[(i + 1) % 3]] : [])],
    price: { eur: (i % 100) + 0.5, usd: (i % 100) + 1 },
    rating: (i % 5) + 0.5,
    in_stock: i % 4 !== 0,
    status: i % 10 === 0 ? "draft" : "published",
    sales_channel_ids: i % 2 ? ["sc_web", "sc_app"] : ["sc_web"],
    created_at: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(),
  }))
}

const query = (index: SearchTypes.ResolvedSearchIndexDefinition, q: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery => ({
  index,
  attributes_to_retrieve: ["id", "title", "kind", "price.eur", "vendor.id", "created_at"],
  pagination: { skip: 0, take: 20 },
  ...q,
})

describe("Typesense search provider", () => {
  let fake: TypesenseFake | undefined
  let provider: TypesenseSearchProviderService
  const prefix = `t${Date.now().toString(36)}_`
  const catalog = definition("catalog_v1", { provider_options: { "search-typesense": { synonyms: { sofa: ["sofa", "couch"] } } } })

  beforeAll(async () => {
    let url = process.env.TYPESENSE_URL
    let apiKey = process.env.TYPESENSE_API_KEY ?? ""
    if (!url) {
      fake = await startTypesenseFake()
      url = fake.url
      apiKey = fake.apiKey
    }
    provider = new TypesenseSearchProviderService({}, { url, api_key: apiKey, collection_prefix: prefix })
    await provider.upsertIndex({ index: catalog })
    const task = await provider.upsertDocuments({ index: "catalog_v1", definition: catalog, documents: productDocs(1000) })
    expect(task).toEqual({ index: "catalog_v1", status: "succeeded" })
  })

  afterAll(async () => {
    for (const idx of await provider.listIndexes()) await provider.deleteIndex({ index: idx.name })
    await fake?.close()
  })

  it("creates the collection from the definition and lists it with its document count", async () => {
    const list = await provider.listIndexes()
    expect(list).toEqual([expect.objectContaining({ name: "catalog_v1", provider: "search-typesense", document_count: 1000 })])
  })

  it("refuses a wrong API key with UNAUTHORIZED", async () => {
    const bad = new TypesenseSearchProviderService({}, { url: fake?.url ?? process.env.TYPESENSE_URL, api_key: "nope", collection_prefix: prefix })
    await expect(bad.listIndexes()).rejects.toMatchObject({ type: MedusaError.Types.UNAUTHORIZED })
  })

  it("finds 'headphones' from the typo 'hedphones' only with typo tolerance on", async () => {
    const fuzzy = await provider.search(query(catalog, { q: "hedphones", search_options: { typo_tolerance: true } }))
    expect(fuzzy.metadata.count).toBe(125)
    expect(fuzzy.hits.every((h) => String(h.document.title).includes("headphones"))).toBe(true)
    const exact = await provider.search(query(catalog, { q: "hedphones" }))
    expect(exact.metadata.count).toBe(0)
  })

  it("matches the last word as a prefix with match_strategy 'last' only", async () => {
    expect((await provider.search(query(catalog, { q: "wireless headph" }))).metadata.count).toBe(0)
    const r = await provider.search(query(catalog, { q: "wireless headph", search_options: { match_strategy: "last" } }))
    expect(r.metadata.count).toBe(25) // i % 40 === 0
  })

  it("returns hits in the Search Module's shape, projected, with dates as ISO strings", async () => {
    const r = await provider.search(query(catalog, { filters: { id: "prod_0001" } }))
    expect(r).toEqual({
      hits: [
        {
          id: "prod_0001",
          document: { id: "prod_0001", title: "compact speaker 1", kind: "course", price: { eur: 1.5 }, vendor: { id: "ven_1" }, created_at: "2026-01-02T00:00:00.000Z" },
        },
      ],
      facets: undefined,
      metadata: { skip: 0, take: 20, count: 1, query: undefined, processing_time_ms: expect.any(Number) },
    })
  })

  it("filters on keywords, numeric ranges, booleans, nested objects and arrays", async () => {
    const count = async (filters: SearchTypes.SearchFilters) => (await provider.search(query(catalog, { filters }))).metadata.count
    const docs = productDocs(1000)
    const expected = (pred: (d: Product) => boolean) => docs.filter(pred).length
    expect(await count({ kind: "course" })).toBe(expected((d) => d.kind === "course"))
    expect(await count({ "price.eur": { $gte: 10, $lt: 20 } })).toBe(expected((d) => d.price.eur >= 10 && d.price.eur < 20))
    expect(await count({ in_stock: false })).toBe(250)
    expect(await count({ "vendor.id": "ven_3" })).toBe(100)
    expect(await count({ vendor: { id: { $in: ["ven_3", "ven_4"] } } })).toBe(200)
    expect(await count({ "categories.name": "Travel" })).toBe(expected((d) => d.categories.some((c) => c.name === "Travel")))
    expect(await count({ sales_channel_ids: { $contains: ["sc_web", "sc_app"] } })).toBe(500)
    expect(await count({ sales_channel_ids: { $nin: ["sc_app"] } })).toBe(500)
    expect(await count({ $or: [{ kind: "course" }, { status: "draft" }], $not: { in_stock: true } })).toBe(
      expected((d) => (d.kind === "course" || d.status === "draft") && !d.in_stock)
    )
    expect(await count({ $not: { $or: [{ kind: "course" }, { "price.eur": { $gt: 50 } }] } })).toBe(expected((d) => d.kind !== "course" && d.price.eur <= 50))
    expect(await count({ created_at: { $lt: "2026-01-11T00:00:00.000Z" } })).toBe(10)
    expect(await count({ kind: { $in: [] } })).toBe(0)
    expect(await count({ "price.eur": { $exists: true } })).toBe(1000)
  })

  it("refuses what Typesense cannot express with INVALID_DATA", async () => {
    const fails = (filters: SearchTypes.SearchFilters) => expect(provider.search(query(catalog, { filters }))).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA })
    await fails({ title: { $like: "%phone%" } })
    await fails({ kind: { $gt: "a" } })
    await fails({ status: { $exists: false } })
    await fails({ nope: "x" })
    await fails({ kind: "a`b" })
    // A field the definition has but the collection lacks is refused by Typesense itself (400).
    const drifted = { ...catalog, fields: { ...fields, color: { type: "keyword" as const, filterable: true } } }
    await expect(provider.search(query(drifted, { filters: { color: "red" } }))).rejects.toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
      message: expect.stringContaining("color"),
    })
  })

  it("computes value, range and stats facets over the matching documents", async () => {
    const r = await provider.search(
      query(catalog, {
        filters: { status: "published" },
        pagination: { skip: 0, take: 0 },
        search_options: {
          facets: [
            { field: "kind", type: "value" },
            { field: "categories.name", type: "value", sort: "alpha", limit: 2 },
            { field: "in_stock", type: "value" },
            { field: "price.eur", type: "range", ranges: [{ key: "cheap", to: 10 }, { from: 10, to: 50 }, { key: "rich", from: 50 }] },
          ],
        },
      })
    )
    const docs = productDocs(1000).filter((d) => d.status === "published")
    const tally = (f: (d: Product) => unknown) => docs.filter(f).length
    expect(r.hits).toEqual([])
    expect(r.metadata.count).toBe(900)
    expect(r.facets!.kind).toEqual({ type: "value", values: KINDS.map((k) => ({ value: k, count: tally((d) => d.kind === k) })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)) })
    expect(r.facets!["categories.name"]).toEqual({ type: "value", values: [{ value: "Audio", count: tally((d) => d.categories.some((c) => c.name === "Audio")) }, { value: "Home", count: tally((d) => d.categories.some((c) => c.name === "Home")) }] })
    expect(r.facets!.in_stock).toEqual({ type: "value", values: [{ value: "true", count: tally((d) => d.in_stock) }, { value: "false", count: tally((d) => !d.in_stock) }] })
    expect(r.facets!["price.eur"]).toEqual({
      type: "range",
      ranges: [
        { key: "cheap", from: undefined, to: 10, count: tally((d) => d.price.eur < 10) },
        { key: "10-50", from: 10, to: 50, count: tally((d) => d.price.eur >= 10 && d.price.eur < 50) },
        { key: "rich", from: 50, to: undefined, count: tally((d) => d.price.eur >= 50) },
      ],
    })
    const stats = await provider.search(query(catalog, { filters: { kind: "course" }, search_options: { facets: [{ field: "price.eur", type: "stats" }] } }))
    expect(stats.facets!["price.eur"]).toMatchObject({ type: "stats", min: 0.5, max: 99.5, count: stats.metadata.count })
  })

  it("expands synonyms: 'couch' finds sofas", async () => {
    const r = await provider.search(query(catalog, { q: "couch" }))
    expect(r.metadata.count).toBe(125)
    expect(r.hits[0].document.title).toContain("sofa")
  })

  it("keeps synonyms in a synonym set linked from the collection on Typesense 30", async () => {
    const v30 = await startTypesenseFake("k30", 0, "30.0")
    try {
      const p30 = new TypesenseSearchProviderService({}, { url: v30.url, api_key: "k30", synonyms: { couch: ["sofa", "couch", "settee"] } })
      const idx = definition("syn")
      await p30.upsertIndex({ index: idx })
      await p30.upsertIndex({ index: idx }) // again, on the existing collection: links the set by PATCH
      await p30.upsertDocuments({ index: "syn", definition: idx, documents: productDocs(16) })
      expect((await p30.search(query(idx, { q: "settee" }))).metadata.count).toBe(2)
      expect(v30.requests.map((r) => `${r.method} ${r.path.split("?")[0]}`)).toEqual(
        expect.arrayContaining(["PUT /synonym_sets/syn_synonyms", "PATCH /collections/syn"])
      )
      await p30.deleteIndex({ index: "syn" })
      expect(v30.requests.map((r) => `${r.method} ${r.path}`)).toContain("DELETE /synonym_sets/syn_synonyms")
    } finally {
      await v30.close()
    }
  })

  it("paginates with skip/take and sorts by fields and relevance", async () => {
    const page = (skip: number, take: number) =>
      provider.search(query(catalog, { filters: { kind: "physical" }, pagination: { skip, take, order: { "price.eur": "DESC", title: "ASC" } } }))
    const a = await page(0, 7)
    const b = await page(5, 7)
    expect(a.hits.map((h) => h.id).slice(5)).toEqual(b.hits.map((h) => h.id).slice(0, 2))
    expect(b.metadata).toMatchObject({ skip: 5, take: 7, count: 334 })
    const prices = a.hits.map((h) => (h.document.price as { eur: number }).eur)
    expect([...prices].sort((x, y) => y - x)).toEqual(prices)
    await expect(provider.search(query(catalog, { pagination: { take: 251 } }))).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA })
    const weighted = await provider.search(query(catalog, { q: "lamp", pagination: { skip: 0, take: 3, order: { _score: "DESC" } }, search_options: { include_score: true } }))
    expect(weighted.hits[0].score).toEqual(expect.any(Number))
  })

  it("highlights the matched words", async () => {
    const r = await provider.search(query(catalog, { q: "kettle", pagination: { skip: 0, take: 1 }, search_options: { highlight: { fields: ["title"] } } }))
    expect(r.hits[0].highlights?.title?.[0]).toMatch(/<mark>kettle<\/mark>/)
  })

  it("runs several queries in one multi_search round trip", async () => {
    const before = fake?.requests.length ?? 0
    const results = await provider.searchMany([
      query(catalog, { q: "lamp" }),
      query(catalog, { filters: { kind: { $in: [] } } }),
      query(catalog, { filters: { "vendor.id": "ven_1" }, search_options: { count: "none" } }),
    ])
    expect(results.map((r) => r.metadata.count)).toEqual([125, 0, null])
    if (fake) expect(fake.requests.slice(before).map((r) => r.path.split("?")[0])).toEqual(["/multi_search"])
  })

  it("reports per-document failures as a failed task", async () => {
    // A definition that says `rating` is text while the collection holds floats: Typesense rejects the document.
    const lying = { ...catalog, fields: { ...fields, rating: { type: "text" as const, sortable: true } } }
    const failed = await provider.upsertDocuments({ index: "catalog_v1", definition: lying, documents: [{ id: "prod_x", rating: "high" }] })
    expect(failed).toMatchObject({ status: "failed", error: { message: expect.stringContaining("prod_x") } })
  })

  it("deletes by id, by filter, and clears the index", async () => {
    const idx = definition("scratch")
    await provider.upsertIndex({ index: idx })
    await provider.upsertDocuments({ index: "scratch", definition: idx, documents: productDocs(50) })
    const count = async () => (await provider.search(query(idx))).metadata.count
    await provider.deleteDocuments({ index: "scratch", filters: { id: "prod_0001" } })
    await provider.deleteDocuments({ index: "scratch", filters: { id: { $in: ["prod_0002", "prod_0003"] } } })
    expect(await count()).toBe(47)
    await provider.deleteDocuments({ index: "scratch", filters: { kind: "course", "vendor.id": { $ne: "ven_4" } } })
    expect(await count()).toBe(47 - productDocs(50).filter((d) => d.kind === "course" && !["prod_0001"].includes(d.id) && d.vendor.id !== "ven_4").length)
    // A fresh provider (another process) reads the primary key back from the collection.
    const other = new TypesenseSearchProviderService({}, { url: fake?.url ?? process.env.TYPESENSE_URL, api_key: fake?.apiKey ?? process.env.TYPESENSE_API_KEY!, collection_prefix: prefix })
    await other.deleteDocuments({ index: "scratch", filters: { status: "draft" } })
    await provider.clearIndex({ index: "scratch" })
    expect(await count()).toBe(0)
    expect((await provider.listIndexes()).find((i) => i.name === "scratch")?.document_count).toBe(0)
    await provider.deleteIndex({ index: "scratch" })
    await expect(provider.search(query(idx))).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
  })
})
