import { describe, expect, it } from "@jest/globals"
import { facetValues, hitPath, parseSearchParams, searchBody, searchQueryString } from "./search"

describe("search parameters", () => {
  it("keeps what is well-formed and drops the rest", () => {
    const p = parseSearchParams({
      q: "  wireless\u0000 headphones ",
      kind: "course",
      category: "Audio",
      in_stock: "1",
      min: "10,5",
      max: "-3",
      sort: "price_desc",
      page: "3",
    })
    expect(p).toEqual({ q: "wireless  headphones", kind: "course", category: "Audio", vendor: "", inStock: true, min: 10.5, max: null, sort: "price_desc", page: 3 })
    expect(parseSearchParams({ kind: "gift", sort: "random", page: "-1", q: "x".repeat(300) })).toMatchObject({ kind: "", sort: "relevance", page: 1, q: "x".repeat(100) })
  })

  it("round-trips through the query string, leaving defaults out", () => {
    const p = parseSearchParams({ q: "piano", kind: "course", min: "5", page: "2" })
    expect(searchQueryString(p)).toBe("?q=piano&kind=course&min=5&page=2")
    expect(parseSearchParams(Object.fromEntries(new URLSearchParams(searchQueryString(p))))).toEqual(p)
    expect(searchQueryString(parseSearchParams({}))).toBe("")
  })
})

describe("search bodies", () => {
  it("filters in the shopper's currency, pages and sorts, and asks for typos only when fuzzy", () => {
    const p = parseSearchParams({ q: "head", kind: "product", category: "Audio", vendor: "Sound Lab", in_stock: "1", min: "10", max: "200", sort: "price_asc", page: "2" })
    const body = searchBody(p, "usd", { fuzzy: false })
    expect(body).toMatchObject({
      entity: "catalog",
      filters: { q: "head", kind: "product", "categories.name": "Audio", "vendor.name": "Sound Lab", in_stock: true, "price.usd": { $gte: 10, $lte: 200 } },
      pagination: { take: 24, skip: 24, order: { "price.usd": "ASC" } },
      search_options: { match_strategy: "last", typo_tolerance: false },
    })
    expect(searchBody(p, "usd", { fuzzy: true }).search_options.typo_tolerance).toBe(true)
    expect(searchBody(parseSearchParams({}), "eur", { fuzzy: false })).toMatchObject({ filters: {}, pagination: { take: 24, skip: 0 } })
    expect(searchBody(parseSearchParams({}), "eur", { fuzzy: false }).pagination).not.toHaveProperty("order")
  })

  it("reads facets most frequent first, and links courses to their landing page", () => {
    expect(facetValues({ values: [{ value: "b", count: 1 }, { value: true, count: 3 }, { value: null, count: 9 }, { value: "a", count: 1 }] })).toEqual([
      { value: "true", count: 3 },
      { value: "a", count: 1 },
      { value: "b", count: 1 },
    ])
    expect(facetValues(undefined)).toEqual([])
    expect(hitPath({ kind: "course", handle: "piano" })).toBe("/courses/piano")
    expect(hitPath({ kind: "product", handle: "sofa" })).toBe("/products/sofa")
  })
})
