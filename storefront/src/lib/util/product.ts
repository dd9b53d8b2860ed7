import type { Product, ProductVariant } from "../../types/vitrina"

export type VariantPrice = {
  amount: number
  originalAmount: number
  currencyCode: string
  onSale: boolean
}

export type StockState =
  | { state: "in_stock" }
  | { state: "low_stock"; quantity: number }
  | { state: "out_of_stock" }

export const LOW_STOCK_THRESHOLD = 5

export function getVariantPrice(variant: ProductVariant | null | undefined): VariantPrice | null {
  const price = variant?.calculated_price
  if (!price || price.calculated_amount === null || price.calculated_amount === undefined) {
    return null
  }
  const amount = Number(price.calculated_amount)
  const originalAmount = Number(price.original_amount ?? price.calculated_amount)
  if (!Number.isFinite(amount)) {
    return null
  }
  return {
    amount,
    originalAmount: Number.isFinite(originalAmount) ? originalAmount : amount,
    currencyCode: price.currency_code ?? "",
    onSale: Number.isFinite(originalAmount) && originalAmount > amount,
  }
}

/** Cheapest priced variant of a product; `hasRange` tells whether variant prices differ. */
export function getCheapestPrice(product: Product): (VariantPrice & { hasRange: boolean }) | null {
  const prices = (product.variants ?? [])
    .map((variant) => getVariantPrice(variant))
    .filter((price): price is VariantPrice => price !== null)
  if (prices.length === 0) {
    return null
  }
  const cheapest = prices.reduce((min, price) => (price.amount < min.amount ? price : min))
  return { ...cheapest, hasRange: prices.some((price) => price.amount !== cheapest.amount) }
}

export function getStockState(variant: ProductVariant | null | undefined): StockState {
  if (!variant) {
    return { state: "out_of_stock" }
  }
  if (!variant.manage_inventory || variant.allow_backorder) {
    return { state: "in_stock" }
  }
  const quantity = variant.inventory_quantity ?? 0
  if (quantity <= 0) {
    return { state: "out_of_stock" }
  }
  if (quantity <= LOW_STOCK_THRESHOLD) {
    return { state: "low_stock", quantity }
  }
  return { state: "in_stock" }
}

export function isPurchasable(variant: ProductVariant | null | undefined): boolean {
  return getStockState(variant).state !== "out_of_stock"
}

/** `{ [option_id]: value }` for one variant. */
export function variantOptionMap(variant: ProductVariant): Record<string, string> {
  const map: Record<string, string> = {}
  for (const optionValue of variant.options ?? []) {
    const optionId = optionValue.option_id ?? optionValue.option?.id
    if (optionId) {
      map[optionId] = optionValue.value
    }
  }
  return map
}

/** The variant whose options match every selected option, or null. */
export function findVariant(
  variants: ProductVariant[],
  selection: Record<string, string | undefined>
): ProductVariant | null {
  const entries = Object.entries(selection)
  return (
    variants.find((variant) => {
      const map = variantOptionMap(variant)
      const optionIds = Object.keys(map)
      return (
        optionIds.length === entries.filter(([, value]) => value !== undefined).length &&
        optionIds.every((optionId) => selection[optionId] === map[optionId])
      )
    }) ?? null
  )
}

export type CourseInfo = {
  level: string | null
  language: string | null
  lessonsCount: number | null
  durationMinutes: number | null
}

function metaString(value: unknown): string | null {
  if (typeof value === "string" && value.trim()) {
    return value.trim()
  }
  return null
}

function metaNumber(value: unknown): number | null {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN
  return Number.isFinite(number) && number > 0 ? number : null
}

export function isCourse(product: Pick<Product, "metadata">): boolean {
  return product.metadata?.kind === "course"
}

/** The listing's published-review aggregate (kept in `metadata.rating` / `rating_count` by the reviews plugin), or null if unrated. */
export function getRating(product: Pick<Product, "metadata">): { average: number; count: number } | null {
  const metadata = product.metadata ?? {}
  const average = metaNumber(metadata.rating)
  const count = metaNumber(metadata.rating_count)
  return average !== null && count !== null && count > 0 ? { average, count } : null
}

export function getCourseInfo(product: Pick<Product, "metadata">): CourseInfo | null {
  if (!isCourse(product)) {
    return null
  }
  const metadata = product.metadata ?? {}
  return {
    level: metaString(metadata.level),
    language: metaString(metadata.language),
    lessonsCount: metaNumber(metadata.lessons_count),
    durationMinutes: metaNumber(metadata.duration_minutes),
  }
}

/** The landing video of a physical product (`metadata.video_url`), if any. */
export function getVideoUrl(product: Pick<Product, "metadata">): string | null {
  if (isCourse(product)) {
    return null
  }
  const url = metaString(product.metadata?.video_url)
  return url && /^(https?:)?\/\//.test(url) ? url : url?.startsWith("/") ? url : null
}

/** Image URLs, thumbnail first, without duplicates. */
export function getProductImages(product: Pick<Product, "thumbnail" | "images">): string[] {
  const urls = [product.thumbnail, ...(product.images ?? []).map((image) => image.url)]
  return Array.from(new Set(urls.filter((url): url is string => typeof url === "string" && url.length > 0)))
}
