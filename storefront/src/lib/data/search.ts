import { absoluteBackendUrl, getSdk } from "../config"
import {
  browseBody,
  facetValues,
  searchBody,
  suggestionsBody,
  type FacetValue,
  type SearchDocument,
  type SearchParams,
} from "../util/search"
import { catalogFetch, tags } from "./cache"

type RawResult = {
  hits: { id: string; document: SearchDocument }[]
  facets?: Record<string, { values?: { value: unknown; count: number }[] }>
  metadata: { count?: number; skip: number; take: number }
}

async function postMany(body: Record<string, unknown>): Promise<RawResult[]> {
  const { results } = await getSdk().client.fetch<{ results: RawResult[] }>("/store/search", {
    method: "POST",
    body,
    ...catalogFetch([tags.products, tags.courses]),
  })
  return results
}

const post = async (body: Record<string, unknown>) => (await postMany(body))[0]

/** Suggestions from the query's words, best first, each listing once. */
async function suggest(q: string): Promise<SearchDocument[]> {
  const body = suggestionsBody(q)
  if (!body.queries.length) return []
  const seen = new Set<string>()
  return (await postMany(body))
    .flatMap((r) => r.hits.map((h) => h.document))
    .filter((d) => !seen.has(d.id) && seen.add(d.id))
    .slice(0, 6)
}

export type CatalogSearch = {
  hits: SearchDocument[]
  count: number
  facets: { kind: FacetValue[]; category: FacetValue[]; vendor: FacetValue[]; inStock: FacetValue[] }
  /** The query matched only with typo tolerance ("showing results for similar words"). */
  fuzzy: boolean
  /** Nothing matched: listings close to the query, and categories to browse. */
  suggestions: SearchDocument[]
  categories: FacetValue[]
}

const withMedia = (doc: SearchDocument): SearchDocument => ({ ...doc, thumbnail: absoluteBackendUrl(doc.thumbnail) })

/**
 * The search page's results through Medusa's `POST /store/search` (index "catalog"): exact
 * words with the last one as a prefix first, then, if nothing matched, the same with typo
 * tolerance; when still nothing matched, suggestions for the empty state (any one word of the
 * query, without the filters) and categories to browse.
 */
export async function searchCatalog(params: SearchParams, currency: string): Promise<CatalogSearch> {
  let result = await post(searchBody(params, currency, { fuzzy: false }))
  let fuzzy = false
  if (!result.hits.length && params.q) {
    result = await post(searchBody(params, currency, { fuzzy: true }))
    fuzzy = result.hits.length > 0
  }
  const empty = !result.hits.length
  const [suggestions, browse] = empty ? await Promise.all([suggest(params.q), post(browseBody())]) : [[], null]
  const f = result.facets ?? {}
  return {
    hits: result.hits.map((h) => withMedia(h.document)),
    count: result.metadata.count ?? result.hits.length,
    facets: {
      kind: facetValues(f.kind),
      category: facetValues(f["categories.name"]),
      vendor: facetValues(f["vendor.name"]),
      inStock: facetValues(f.in_stock),
    },
    fuzzy,
    suggestions: suggestions.map(withMedia),
    categories: facetValues(browse?.facets?.["categories.name"]).slice(0, 8),
  }
}
