import { describe, expect, it } from "@jest/globals"
import { buildProductJsonLd, serializeJsonLd } from "./json-ld"

describe("serializeJsonLd", () => {
  it("escapes < so a value cannot close the script element", () => {
    const out = serializeJsonLd({ name: "</script><script>alert(1)</script>" })
    expect(out).not.toContain("<")
    expect(out).not.toContain(">")
    expect(out).toContain("\\u003c/script\\u003e")
  })

  it("escapes & and line separators", () => {
    const out = serializeJsonLd({ name: "a & b\u2028c" })
    expect(out).toBe('{"name":"a \\u0026 b\\u2028c"}')
  })

  it("stays valid JSON that parses back to the same data", () => {
    const data = { name: "Tea <b>cup</b> & saucer", n: 1 }
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data)
  })
})

describe("buildProductJsonLd", () => {
  const base = {
    name: "Merino Sweater",
    description: "Warm",
    url: "https://shop.example/en/products/merino-sweater",
    images: ["https://cdn.example/1.jpg"],
    sku: "MS-1",
  }

  it("builds a Product with brand, seller and an offer", () => {
    const data = buildProductJsonLd({
      ...base,
      vendor: { name: "Merino Trail", url: "https://shop.example/en/vendors/merino-trail" },
      offer: { price: 89, currency: "eur", inStock: true },
    })
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Merino Sweater",
      url: base.url,
      image: base.images,
      description: "Warm",
      sku: "MS-1",
      brand: { "@type": "Brand", name: "Merino Trail" },
      offers: {
        "@type": "Offer",
        price: "89.00",
        priceCurrency: "EUR",
        availability: "https://schema.org/InStock",
        url: base.url,
        seller: { "@type": "Organization", name: "Merino Trail", url: "https://shop.example/en/vendors/merino-trail" },
      },
    })
  })

  it("marks unavailable offers and omits missing parts", () => {
    const data = buildProductJsonLd({ ...base, images: [], sku: null, offer: { price: 5, currency: "usd", inStock: false } })
    expect(data.image).toBeUndefined()
    expect(data.sku).toBeUndefined()
    expect(data.brand).toBeUndefined()
    expect(data.offers).toMatchObject({ availability: "https://schema.org/OutOfStock", priceCurrency: "USD" })
  })
})

describe("withRating (AggregateRating and Review)", () => {
  const base = { name: "Lamp", url: "https://shop.test/en/products/lamp", images: [] }

  it("adds AggregateRating and Reviews when the listing has published reviews", () => {
    const data = buildProductJsonLd({
      ...base,
      rating: {
        average: 4.333,
        count: 3,
        reviews: [{ author: "Ada B.", rating: 5, title: "Great", body: "Warm light", date: "2026-11-30T10:00:00.000Z" }],
      },
    })
    expect(data.aggregateRating).toEqual({ "@type": "AggregateRating", ratingValue: 4.33, reviewCount: 3, bestRating: 5, worstRating: 1 })
    expect(data.review).toEqual([
      {
        "@type": "Review",
        author: { "@type": "Person", name: "Ada B." },
        reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1 },
        reviewBody: "Warm light",
        datePublished: "2026-11-30",
        name: "Great",
      },
    ])
  })

  it("omits ratings when there are no reviews", () => {
    expect(buildProductJsonLd({ ...base, rating: { average: 0, count: 0 } })).not.toHaveProperty("aggregateRating")
    expect(buildProductJsonLd(base)).not.toHaveProperty("review")
  })
})
