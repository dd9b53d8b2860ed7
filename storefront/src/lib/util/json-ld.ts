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
  return data
}
