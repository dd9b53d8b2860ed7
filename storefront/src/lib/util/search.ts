/**
 * The storefront's catalogue search, as pure functions: the URL's parameters, the
 * `POST /store/search` bodies built from them, and the documents the index returns.
 */

export type SearchKind = "product" | "course"
export type SearchSort = "relevance" | "price_asc" | "price_desc" | "newest" | "rating"

export const SEARCH_SORTS: SearchSort[] = ["relevance", "price_asc", "price_desc", "newest", "rating"]
export const SEARCH_PAGE_SIZE = 24
const MAX_Q = 100

export type SearchParams = {
  q: string
  kind: SearchKind | ""
  category: string
  vendor: string
  inStock: boolean
  min: number | null
  max: number | null
  sort: SearchSort
  page: number
}

type Raw = Record<string, string | string[] | undefined>

/** The search page's parameters from its query string; anything malformed is dropped, never sent on. */
export function parseSearchParams(raw: Raw): SearchParams {
  const one = (key: string) => {
    const value = raw[key]
    return ((Array.isArray(value) ? value[0] : value) ?? "").trim()
  }
  const money = (key: string) => {
    const value = one(key)
    if (!value) return null
    const n = Number(value.replace(",", "."))
    return Number.isFinite(n) && n >= 0 ? n : null
  }
  const kind = one("kind")
  const sort = one("sort") as SearchSort
  const page = Number.parseInt(one("page"), 10)
  // facet values (category and vendor names) as shown, without control characters
  const label = (value: string) => value.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, MAX_Q)
  return {
    q: one("q").replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, MAX_Q),
    kind: kind === "product" || kind === "course" ? kind : "",
    category: label(one("category")),
    vendor: label(one("vendor")),
    inStock: one("in_stock") === "1",
    min: money("min"),
    max: money("max"),
    sort: SEARCH_SORTS.includes(sort) ? sort : "relevance",
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 100) : 1,
  }
}

/** The query string of some parameters (defaults left out), for links and the instant-search URL. */
export function searchQueryString(params: Partial<SearchParams>): string {
  const out = new URLSearchParams()
  if (params.q) out.set("q", params.q)
  if (params.kind) out.set("kind", params.kind)
  if (params.category) out.set("category", params.category)
  if (params.vendor) out.set("vendor", params.vendor)
  if (params.inStock) out.set("in_stock", "1")
  if (params.min !== null && params.min !== undefined) out.set("min", String(params.min))
  if (params.max !== null && params.max !== undefined) out.set("max", String(params.max))
  if (params.sort && params.sort !== "relevance") out.set("sort", params.sort)
  if (params.page && params.page > 1) out.set("page", String(params.page))
  const s = out.toString()
  return s ? `?${s}` : ""
}

export type SearchFilters = Record<string, unknown>

/** The index filters of the page's parameters; prices are filtered in the shopper's currency. */
export function searchFilters(params: SearchParams, currency: string): SearchFilters {
  const filters: SearchFilters = {}
  if (params.q) filters.q = params.q
  if (params.kind) filters.kind = params.kind
  if (params.category) filters["categories.name"] = params.category
  if (params.vendor) filters["vendor.name"] = params.vendor
  if (params.inStock) filters.in_stock = true
  const price: Record<string, number> = {}
  if (params.min !== null) price.$gte = params.min
  if (params.max !== null) price.$lte = params.max
  if (Object.keys(price).length) filters[`price.${currency}`] = price
  return filters
}

export const SEARCH_FACETS = ["kind", "categories.name", "vendor.name", "in_stock"]

/**
 * The bodies of one search: the results (with facets), asking for typo tolerance only when
 * `fuzzy`. Instant search sends the last word as a prefix ("head" finds "headphones").
 */
export function searchBody(params: SearchParams, currency: string, { fuzzy }: { fuzzy: boolean }) {
  const order: Record<SearchSort, Record<string, "ASC" | "DESC"> | undefined> = {
    relevance: undefined,
    price_asc: { [`price.${currency}`]: "ASC" },
    price_desc: { [`price.${currency}`]: "DESC" },
    newest: { created_at: "DESC" },
    rating: { rating: "DESC" },
  }
  return {
    entity: "catalog",
    filters: searchFilters(params, currency),
    pagination: {
      take: SEARCH_PAGE_SIZE,
      skip: (params.page - 1) * SEARCH_PAGE_SIZE,
      ...(order[params.sort] ? { order: order[params.sort] } : {}),
    },
    search_options: {
      match_strategy: "last" as const,
      typo_tolerance: fuzzy,
      facets: SEARCH_FACETS,
      // a chosen category still lists the others, with their counts
      disjunctive_facets: true,
    },
  }
}

/**
 * Empty-state suggestions: listings matching any one word of the query (typos tolerated),
 * whatever the filters, as one batch of queries (`{ queries: [...] }`).
 */
export function suggestionsBody(q: string) {
  const words = [...new Set(q.toLowerCase().split(/\s+/).filter((w) => w.length >= 3))].slice(0, 3)
  return {
    queries: words.map((word) => ({
      entity: "catalog",
      filters: { q: word },
      pagination: { take: 4 },
      search_options: { match_strategy: "last" as const, typo_tolerance: true },
    })),
  }
}

/** The catalogue's categories (facet of everything), for an empty state with no suggestion. */
export function browseBody() {
  return { entity: "catalog", pagination: { take: 0 }, search_options: { facets: ["categories.name"] } }
}

export type SearchDocument = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  kind: SearchKind
  vendor: { name: string | null; handle: string | null; verified: boolean }
  categories: { name: string; handle: string }[]
  price: Record<string, number | null>
  in_stock: boolean
  rating: number | null
  rating_count: number
  level: string | null
  lessons_count: number | null
}

export type FacetValue = { value: string; count: number }

type RawFacet = { values?: { value: unknown; count: number }[] } | undefined

/** A facet's values, most frequent first. */
export function facetValues(facet: RawFacet): FacetValue[] {
  return (facet?.values ?? [])
    .map((v) => ({ value: String(v.value), count: Number(v.count) || 0 }))
    .filter((v) => v.value !== "" && v.value !== "null")
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

/** Where a hit leads: courses have their own landing page. */
export function hitPath(doc: Pick<SearchDocument, "kind" | "handle">): string {
  return `${doc.kind === "course" ? "/courses" : "/products"}/${doc.handle}`
}
