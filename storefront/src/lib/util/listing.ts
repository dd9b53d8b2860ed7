import type { SortKey } from "../../types/vitrina"

export const SORT_KEYS: SortKey[] = ["newest", "price_asc", "price_desc"]

type RawSearchParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** `?page=` and `?sort=` of listing pages, validated (pure). */
export function parseListingParams(searchParams: RawSearchParams): { page: number; sort: SortKey } {
  const page = Number.parseInt(first(searchParams.page) ?? "1", 10)
  const sort = first(searchParams.sort)
  return {
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 1000) : 1,
    sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : "newest",
  }
}

/** Listing URL with `page`/`sort`, omitting defaults so canonical URLs stay short. */
export function listingHref(basePath: string, { page, sort }: { page: number; sort: SortKey }): string {
  const query = new URLSearchParams()
  if (sort !== "newest") {
    query.set("sort", sort)
  }
  if (page > 1) {
    query.set("page", String(page))
  }
  const qs = query.toString()
  return qs ? `${basePath}?${qs}` : basePath
}
