import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createSalesChannelsWorkflow,
  deleteProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createVendorProductsWorkflow, setVendorStatusWorkflow } from "@vitrina/marketplace/workflows"
import { readCatalogRows } from "@vitrina/marketplace/lib/catalog-rows"
import { CATALOG_SOURCE_FIELDS, toCatalogDocument, type CatalogRow } from "@vitrina/marketplace/lib/catalog-search"
import { createCourse, createTeacher, eventually } from "./courses"
import { createMarketplace, storeHeaders } from "./fixtures"
import { catalogIndexReady, searchCatalog, titles } from "./search"

/* eslint-disable @typescript-eslint/no-explicit-any -- the test runner's api is an untyped axios instance */
type Api = any
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * One catalogue: a seller with three goods (one out of stock, one draft), a teacher with a course,
 * a product only in another sales channel; categories "audio" and "furniture".
 */
async function createCatalogue(container: MedusaContainer) {
  const { salesChannelId } = await storeHeaders(container)
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: [
        { name: "Audio", handle: "audio", is_active: true },
        { name: "Furniture", handle: "furniture", is_active: true },
      ],
    },
  })
  const [audio, furniture] = categories
  const {
    vendors: [seller],
  } = await createMarketplace(container, [{ handle: "sound-lab", kind: "seller" }])
  const { result: [otherChannel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Wholesale" }] },
  })
  const good = (
    title: string,
    opts: { eur: number; usd?: number; category?: string; inStock?: boolean; status?: ProductStatus; channel?: string; description?: string }
  ) => ({
    title,
    handle: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    description: opts.description,
    status: opts.status ?? ProductStatus.PUBLISHED,
    category_ids: opts.category ? [opts.category] : [],
    options: [{ title: "Size", values: ["One"] }],
    variants: [
      {
        title: "One",
        sku: title.toUpperCase().replace(/[^A-Z0-9]+/g, "-"),
        options: { Size: "One" },
        // out of stock: stock-managed with no inventory at any location
        manage_inventory: opts.inStock === false,
        prices: [{ currency_code: "eur", amount: opts.eur }, ...(opts.usd ? [{ currency_code: "usd", amount: opts.usd }] : [])],
      },
    ],
    sales_channels: [{ id: opts.channel ?? salesChannelId }],
  })
  const { result: goods } = await createVendorProductsWorkflow(container).run({
    input: {
      vendor_id: seller.id,
      products: [
        good("Wireless Headphones", { eur: 99, usd: 109, category: audio.id, description: "Noise cancelling over-ear headphones" }),
        good("Studio Monitor Speakers", { eur: 249, usd: 269, category: audio.id }),
        good("Leather Sofa", { eur: 899, category: furniture.id, inStock: false, description: "A three-seat couch in brown leather" }),
        good("Prototype Headphones", { eur: 10, category: audio.id, status: ProductStatus.DRAFT }),
        good("Wholesale Headphones", { eur: 5, category: audio.id, channel: otherChannel.id }),
      ],
    },
  })
  const teacher = await createTeacher(container, "piano-school")
  const course = await createCourse(container, { vendorId: teacher.id, handle: "piano-for-beginners", title: "Piano for Beginners", eur: 49 })
  const byTitle = Object.fromEntries((goods as { id: string; title: string }[]).map((p) => [p.title, p.id]))
  return { seller, teacher, course, byTitle, audio, furniture }
}

/** Every listing of the catalogue above that the store may show. */
const VISIBLE = ["Leather Sofa", "Piano for Beginners", "Studio Monitor Speakers", "Wireless Headphones"]

/**
 * The catalogue-search behaviour, the same for every engine behind Medusa's Search Module: the
 * storefront's `POST /store/search` on the "catalog" index. Run by search.postgres.spec.ts (the
 * default engine, on the test database) and search.typesense.spec.ts (our provider, against a
 * server speaking Typesense's HTTP API).
 */
export function searchBehaviour({ api, getContainer, provider }: { api: Api; getContainer: () => MedusaContainer; provider: string }) {
  async function setUp() {
    const container = getContainer()
    await catalogIndexReady(container)
    const catalogue = await createCatalogue(container)
    const { headers } = await storeHeaders(container)
    // the catalogue reaches the index through product events, in the background
    await eventually(async () => {
      const r = await searchCatalog(api, headers, { pagination: { take: 50 } })
      return titles(r).join() === VISIBLE.join() ? r : null
    }, 20_000)
    return { container, headers, ...catalogue }
  }

  it("finds published listings of active vendors by words, prefixes, typos and vendor, goods and courses alike", async () => {
    const { headers } = await setUp()
    const q = (text: string, search_options: Record<string, unknown> = {}) => searchCatalog(api, headers, { filters: { q: text }, search_options })

    // the draft and the product of another sales channel never surface
    expect(titles(await q("headphones"))).toEqual(["Wireless Headphones"])
    // descriptions are searched too
    expect(titles(await q("couch"))).toEqual(["Leather Sofa"])
    // instant search: the last word is a prefix
    expect(titles(await q("head", { match_strategy: "last" }))).toEqual(["Wireless Headphones"])
    expect(titles(await q("studio mon", { match_strategy: "last" }))).toEqual(["Studio Monitor Speakers"])
    // typo tolerance, when asked for
    expect(titles(await q("hedphones", { typo_tolerance: true }))).toEqual(["Wireless Headphones"])
    expect(titles(await q("speekers", { typo_tolerance: true }))).toEqual(["Studio Monitor Speakers"])
    // by vendor name
    expect(titles(await q("piano school"))).toEqual(["Piano for Beginners"])

    const course = (await q("piano")).result!.hits[0].document
    expect(course).toMatchObject({ kind: "course", title: "Piano for Beginners", vendor: { handle: "piano-school" }, lessons_count: 3 })
    const headphones = (await q("headphones")).result!.hits[0].document
    expect(headphones).toMatchObject({
      kind: "product",
      handle: "wireless-headphones",
      vendor: { handle: "sound-lab", name: "SOUND LAB" },
      categories: [{ handle: "audio", name: "Audio" }],
      skus: ["WIRELESS-HEADPHONES"],
      in_stock: true,
    })
    expect(headphones.price).toMatchObject({ eur: 99, usd: 109 })

    // nothing found is an empty result, not an error
    const none = await q("zzqxv")
    expect(none.status).toBe(200)
    expect(none.result!.hits).toEqual([])
  })

  if (provider === "search-postgres") {
    it("builds the same documents from its SQL reader as from query.graph, for every kind of listing", async () => {
      const { container } = await setUp()
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const ids = (await pg.raw(`select id from product where deleted_at is null`)).rows.map((r: { id: string }) => r.id) as string[]
      expect(ids.length).toBeGreaterThanOrEqual(6)
      const sorted = (d: Record<string, unknown>): Record<string, unknown> => ({
        ...d,
        skus: [...(d.skus as string[])].sort(),
        sales_channel_ids: [...(d.sales_channel_ids as string[])].sort(),
        categories: [...(d.categories as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id)),
      })
      const byId = (docs: Record<string, unknown>[]) => docs.map(sorted).sort((a, b) => String(a.id).localeCompare(String(b.id)))
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: CATALOG_SOURCE_FIELDS, filters: { id: ids } })
      const viaGraph = byId((data as CatalogRow[]).map(toCatalogDocument))
      const viaSql = byId((await readCatalogRows(pg, ids)).map(toCatalogDocument))
      expect(viaSql).toEqual(viaGraph)
      expect(viaSql).toHaveLength(ids.length)
      // drafts, sold-out listings and courses are among them
      expect(viaSql.map((d) => [d.status, d.in_stock, d.kind])).toEqual(expect.arrayContaining([["draft", true, "product"], ["published", false, "product"], ["published", true, "course"]]))
    })


    it("corrects the words of a typo-tolerant query against the catalogue's vocabulary and leaves out words found nowhere", async () => {
      const { headers } = await setUp()
      const q = (text: string, search_options: Record<string, unknown> = { typo_tolerance: true }) =>
        searchCatalog(api, headers, { filters: { q: text }, search_options })
      // The vocabulary follows the catalogue in the background (SEARCH_VOCABULARY_* in the spec's env).
      const corrected = await eventually(async () => {
        const r = await q("wireles hedphones")
        return r.headers["x-search-corrected-query"] ? r : null
      }, 20_000)
      expect(decodeURIComponent(corrected.headers["x-search-corrected-query"]!)).toBe("wireless headphones")
      expect(titles(corrected)).toEqual(["Wireless Headphones"])
      // a prefix typed with a transposition (search-as-you-type)
      const prefix = await q("studio mointo", { typo_tolerance: true, match_strategy: "last" })
      expect(decodeURIComponent(prefix.headers["x-search-corrected-query"]!)).toBe("studio monito")
      expect(titles(prefix)).toEqual(["Studio Monitor Speakers"])
      // known words: no correction, same answer
      const known = await q("leather sofa")
      expect(known.headers["x-search-corrected-query"]).toBeUndefined()
      expect(titles(known)).toEqual(["Leather Sofa"])
      // a word found nowhere in the catalogue is left out, as Typesense drops tokens
      const dropped = await q("speekers zzqxv")
      expect(decodeURIComponent(dropped.headers["x-search-corrected-query"]!)).toBe("speakers")
      expect(titles(dropped)).toEqual(["Studio Monitor Speakers"])
      // ... but a query of nothing else matches nothing
      const nothing = await q("zzqxv qwrtpsd")
      expect(nothing.status).toBe(200)
      expect(nothing.headers["x-search-corrected-query"]).toBeUndefined()
      expect(titles(nothing)).toEqual([])
      // a 4-letter word with a dropped letter
      expect(titles(await q("sfa"))).toEqual(["Leather Sofa"])
      // a draft is not in the vocabulary and never surfaces
      expect(titles(await q("prototipe"))).toEqual([])
      // without typo tolerance nothing is corrected
      const exact = await q("hedphones", {})
      expect(exact.headers["x-search-corrected-query"]).toBeUndefined()
      expect(titles(exact)).toEqual([])
    })
  }

  it("filters, facets and sorts on kind, price per currency, category, stock and vendor", async () => {
    const { headers, seller } = await setUp()
    const find = (filters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      searchCatalog(api, headers, { filters, pagination: { take: 50 }, ...extra })

    expect(titles(await find({ kind: "course" }))).toEqual(["Piano for Beginners"])
    expect(titles(await find({ "price.eur": { $gte: 100, $lte: 300 } }))).toEqual(["Studio Monitor Speakers"])
    // the sofa has no USD price: it never matches a USD range
    expect(titles(await find({ "price.usd": { $gt: 60, $lt: 200 } }))).toEqual(["Wireless Headphones"])
    expect(titles(await find({ "price.usd": { $lt: 1000 } }))).toEqual(["Piano for Beginners", "Studio Monitor Speakers", "Wireless Headphones"])
    expect(titles(await find({ "categories.handle": "audio" }))).toEqual(["Studio Monitor Speakers", "Wireless Headphones"])
    expect(titles(await find({ in_stock: false }))).toEqual(["Leather Sofa"])
    expect(titles(await find({ "vendor.id": seller.id, in_stock: true }))).toEqual(["Studio Monitor Speakers", "Wireless Headphones"])
    expect(titles(await find({ q: "headphones", kind: "course" }))).toEqual([])
    expect(titles(await find({ $or: [{ kind: "course" }, { "categories.handle": "furniture" }] }))).toEqual(["Leather Sofa", "Piano for Beginners"])

    const sorted = await find({ kind: "product" }, { pagination: { take: 50, order: { "price.eur": "DESC" } } })
    expect(sorted.result!.hits.map((h) => h.document.title)).toEqual(["Leather Sofa", "Studio Monitor Speakers", "Wireless Headphones"])

    const paged = await find({}, { pagination: { take: 2, skip: 2, order: { "price.eur": "ASC" } } })
    expect(paged.result!.hits.map((h) => h.document.title)).toEqual(["Studio Monitor Speakers", "Leather Sofa"])
    expect(paged.result!.metadata).toMatchObject({ count: 4, skip: 2, take: 2 })

    const faceted = await find({}, { search_options: { facets: ["kind", "categories.name", "in_stock"] } })
    const counts = (name: string) =>
      Object.fromEntries(
        ((faceted.result!.facets?.[name]?.values ?? []) as { value: unknown; count: number }[]).map((v) => [String(v.value), v.count])
      )
    expect(counts("kind")).toEqual({ product: 3, course: 1 })
    expect(counts("categories.name")).toEqual({ Audio: 2, Furniture: 1 })
    expect(counts("in_stock")).toEqual({ true: 3, false: 1 })
  })

  it("follows the catalogue: a publish, an edit, a delete and a vendor suspension reach the index", async () => {
    const { container, headers, byTitle, seller } = await setUp()
    const q = (text: string) => searchCatalog(api, headers, { filters: { q: text } })

    await updateProductsWorkflow(container).run({ input: { products: [{ id: byTitle["Prototype Headphones"], status: ProductStatus.PUBLISHED }] } })
    await eventually(async () => ((titles(await q("prototype"))).join() === "Prototype Headphones" ? true : null))

    await updateProductsWorkflow(container).run({ input: { products: [{ id: byTitle["Leather Sofa"], title: "Chesterfield Sofa" }] } })
    await eventually(async () => ((titles(await q("chesterfield"))).join() === "Chesterfield Sofa" ? true : null))
    expect(titles(await q("leather"))).toEqual(["Chesterfield Sofa"]) // the description still says leather

    await deleteProductsWorkflow(container).run({ input: { ids: [byTitle["Studio Monitor Speakers"]] } })
    await eventually(async () => ((titles(await q("speakers"))).length === 0 ? true : null))

    await setVendorStatusWorkflow(container).run({ input: { id: seller.id, status: "suspended", reason: "test" } })
    await eventually(async () => {
      const all = titles(await searchCatalog(api, headers, { pagination: { take: 50 } }))
      return all.join() === "Piano for Beginners" ? true : null
    })
  })

  it("answers bad queries with a 4xx and a message, never a 500", async () => {
    const container = getContainer()
    await catalogIndexReady(container)
    const { headers } = await storeHeaders(container)

    const unknownIndex = await api.post("/store/search", { entity: "customer" }, { headers }).catch((e: { response: unknown }) => e.response)
    expect(unknownIndex.status).toBe(404)
    expect(unknownIndex.data.message).toMatch(/No search index named "customer"/)

    const tooMany = await searchCatalog(api, headers, { pagination: { take: 500 } })
    expect(tooMany.status).toBe(400)
    // errors never reach a shared cache; an answer is public for a short time (lib/cache-policy.ts)
    expect(tooMany.headers["cache-control"]).toBe("private, no-store")
    const fine = await searchCatalog(api, headers, { filters: { q: "piano" } })
    expect(fine.status).toBe(200)
    expect(fine.headers["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+/)

    const unknownField = await searchCatalog(api, headers, { filters: { colour: "red" } })
    expect(unknownField.status).toBeGreaterThanOrEqual(400)
    expect(unknownField.status).toBeLessThan(500)
    expect(unknownField.data.message).toMatch(/colour/)

    const noKey = await api.post("/store/search", { entity: "catalog" }).catch((e: { response: unknown }) => e.response)
    expect(noKey.status).toBe(400)

    // and it was this engine that answered
    const index = (await container.resolve(Modules.SEARCH).listIndexes()).find((i) => i.name === "catalog")
    expect(index?.provider).toBe(provider)
  })
}
