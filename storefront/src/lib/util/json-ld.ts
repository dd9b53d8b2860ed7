/**
 * Structured data (schema.org) helpers. Pure: used by the product page and unit tests.
 */
import { toSchemaPrice } from "./money"

export type JsonLdValue = string | number | boolean | null | JsonLdValue[] | { [key: string]: JsonLdValue }
export type JsonLdObject = { [key: string]: JsonLdValue }

/**
 * Serialises JSON-LD for an inline `<script type="application/ld+json">`.
 * `<`, `>` and `&` are escaped as unicode escapes so a value such as `</script>` cannot close
 * the script element; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}

/** Published reviews of a listing, for `aggregateRating` and `review` (only when there are any). */
export type RatingJsonLdInput = {
  average: number
  count: number
  reviews?: { author: string; rating: number; title?: string | null; body: string; date: string }[]
} | null

/** Adds schema.org `aggregateRating` and up to five `review`s to a Product or Course. */
export function withRating(data: JsonLdObject, rating: RatingJsonLdInput | undefined): JsonLdObject {
  if (!rating || rating.count <= 0) return data
  data.aggregateRating = {
    "@type": "AggregateRating",
    ratingValue: Math.round(rating.average * 100) / 100,
    reviewCount: rating.count,
    bestRating: 5,
    worstRating: 1,
  }
  const reviews = (rating.reviews ?? []).slice(0, 5)
  if (reviews.length) {
    data.review = reviews.map((r) => {
      const review: JsonLdObject = {
        "@type": "Review",
        author: { "@type": "Person", name: r.author },
        reviewRating: { "@type": "Rating", ratingValue: r.rating, bestRating: 5, worstRating: 1 },
        reviewBody: r.body,
        datePublished: r.date.slice(0, 10),
      }
      if (r.title) review.name = r.title
      return review
    })
  }
  return data
}

export type ProductJsonLdInput = {
  name: string
  description?: string | null
  url: string
  images: string[]
  sku?: string | null
  vendor?: { name: string; url: string } | null
  offer?: {
    price: number
    currency: string
    inStock: boolean
  } | null
  category?: string | null
  rating?: RatingJsonLdInput
}

export function buildProductJsonLd(input: ProductJsonLdInput): JsonLdObject {
  const data: JsonLdObject = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.name,
    url: input.url,
  }
  if (input.images.length > 0) {
    data.image = input.images
  }
  if (input.description) {
    data.description = input.description
  }
  if (input.sku) {
    data.sku = input.sku
  }
  if (input.category) {
    data.category = input.category
  }
  if (input.vendor) {
    data.brand = { "@type": "Brand", name: input.vendor.name }
  }
  if (input.offer) {
    const offer: JsonLdObject = {
      "@type": "Offer",
      price: toSchemaPrice(input.offer.price),
      priceCurrency: input.offer.currency.toUpperCase(),
      availability: input.offer.inStock
        ? "https://schema.org/InStock"
        : "https://schema.org/OutOfStock",
      url: input.url,
    }
    if (input.vendor) {
      offer.seller = { "@type": "Organization", name: input.vendor.name, url: input.vendor.url }
    }
    data.offers = offer
  }
  return withRating(data, input.rating)
}

export type CourseJsonLdInput = {
  name: string
  description?: string | null
  url: string
  image?: string | null
  language?: string | null
  level?: string | null
  provider?: { name: string; url: string } | null
  /** schema.org `courseWorkload`, an ISO 8601 duration such as `PT5H30M`. */
  workload?: string | null
  offer?: { price: number; currency: string; available: boolean } | null
  rating?: RatingJsonLdInput
}

/** schema.org `Course` with one online `CourseInstance` and a paid `Offer`. */
export function buildCourseJsonLd(input: CourseJsonLdInput): JsonLdObject {
  const data: JsonLdObject = {
    "@context": "https://schema.org",
    "@type": "Course",
    name: input.name,
    url: input.url,
  }
  if (input.description) data.description = input.description
  if (input.image) data.image = input.image
  if (input.language) data.inLanguage = input.language
  if (input.level) data.educationalLevel = input.level
  const provider: JsonLdObject | null = input.provider
    ? { "@type": "Organization", name: input.provider.name, url: input.provider.url }
    : null
  if (provider) data.provider = provider
  const instance: JsonLdObject = { "@type": "CourseInstance", courseMode: "online" }
  if (input.workload) instance.courseWorkload = input.workload
  if (provider) instance.instructor = { "@type": "Person", name: input.provider?.name ?? "" }
  data.hasCourseInstance = instance
  if (input.offer) {
    data.offers = {
      "@type": "Offer",
      price: toSchemaPrice(input.offer.price),
      priceCurrency: input.offer.currency.toUpperCase(),
      availability: input.offer.available ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      category: "Paid",
      url: input.url,
    }
  }
  return withRating(data, input.rating)
}
