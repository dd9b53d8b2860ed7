/** Region helpers (pure). */
export type RegionLike = {
  id: string
  name?: string | null
  currency_code?: string | null
}

/** The storefront defaults to the "Europe" (EUR) region, then to the first one. */
export function pickDefaultRegion<T extends RegionLike>(regions: T[]): T | null {
  return (
    regions.find((region) => region.name?.toLowerCase() === "europe") ??
    regions.find((region) => region.currency_code?.toLowerCase() === "eur") ??
    regions[0] ??
    null
  )
}

/** The region chosen in the cookie when it still exists, otherwise the default one. */
export function resolveRegion<T extends RegionLike>(regions: T[], preferredId: string | null): T | null {
  return regions.find((region) => region.id === preferredId) ?? pickDefaultRegion(regions)
}
