import { describe, expect, it } from "@jest/globals"
import { activeStep, deliveryComplete, firstIncompleteStep } from "./checkout"
import { listingHref, parseListingParams } from "./listing"
import { pickDefaultRegion, resolveRegion } from "./region"
import { tokenMaxAge } from "./jwt"
import { excerpt, localizedAlternates } from "./seo"

describe("checkout steps", () => {
  const none = { addressDone: false, deliveryDone: false, paymentDone: false }
  const all = { addressDone: true, deliveryDone: true, paymentDone: true }

  it("starts with the first incomplete step", () => {
    expect(firstIncompleteStep(none)).toBe("address")
    expect(firstIncompleteStep({ ...none, addressDone: true })).toBe("delivery")
    expect(firstIncompleteStep(all)).toBe("review")
  })

  it("opens a requested step only when it is reachable", () => {
    expect(activeStep(all, "address")).toBe("address")
    expect(activeStep(none, "review")).toBe("address")
    expect(activeStep({ ...none, addressDone: true }, "delivery")).toBe("delivery")
    expect(activeStep(all, "bogus")).toBe("review")
  })

  it("needs one shipping method per shipping profile", () => {
    const options = [
      { id: "a", profileId: "p1" },
      { id: "b", profileId: "p1" },
      { id: "c", profileId: "p2" },
    ]
    expect(deliveryComplete(options, [])).toBe(false)
    expect(deliveryComplete(options, ["a"])).toBe(false)
    expect(deliveryComplete(options, ["b", "c"])).toBe(true)
  })
})

describe("listing params", () => {
  it("validates page and sort", () => {
    expect(parseListingParams({})).toEqual({ page: 1, sort: "newest" })
    expect(parseListingParams({ page: "3", sort: "price_asc" })).toEqual({ page: 3, sort: "price_asc" })
    expect(parseListingParams({ page: "-2", sort: "cheapest" })).toEqual({ page: 1, sort: "newest" })
    expect(parseListingParams({ page: ["2", "5"] })).toEqual({ page: 2, sort: "newest" })
  })

  it("builds short listing URLs", () => {
    expect(listingHref("/en/store", { page: 1, sort: "newest" })).toBe("/en/store")
    expect(listingHref("/en/store", { page: 2, sort: "price_desc" })).toBe("/en/store?sort=price_desc&page=2")
  })
})

describe("regions", () => {
  const regions = [
    { id: "us", name: "United States", currency_code: "usd" },
    { id: "eu", name: "Europe", currency_code: "eur" },
  ]

  it("defaults to Europe", () => {
    expect(pickDefaultRegion(regions)?.id).toBe("eu")
    expect(pickDefaultRegion([{ id: "x", name: "Euro zone", currency_code: "eur" }])?.id).toBe("x")
    expect(pickDefaultRegion([])).toBeNull()
  })

  it("prefers the region of the cookie when it still exists", () => {
    expect(resolveRegion(regions, "us")?.id).toBe("us")
    expect(resolveRegion(regions, "gone")?.id).toBe("eu")
  })
})

describe("seo", () => {
  it("builds canonical and hreflang URLs", () => {
    expect(localizedAlternates("https://shop.example", "ru", "/store")).toEqual({
      canonical: "https://shop.example/ru/store",
      languages: {
        en: "https://shop.example/en/store",
        ru: "https://shop.example/ru/store",
        "x-default": "https://shop.example/en/store",
      },
    })
    expect(localizedAlternates("https://shop.example", "en", "").canonical).toBe("https://shop.example/en")
  })

  it("makes plain-text excerpts", () => {
    expect(excerpt("<p>Hello   <b>world</b></p>")).toBe("Hello world")
    expect(excerpt("word ".repeat(100), 40).length).toBeLessThanOrEqual(40)
    expect(excerpt(null)).toBe("")
  })
})

describe("tokenMaxAge", () => {
  const jwt = (payload: object) =>
    `e30.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.sig`

  it("counts the seconds until exp", () => {
    expect(tokenMaxAge(jwt({ exp: 1_000 + 3600 }), 1_000)).toBe(3600)
    expect(tokenMaxAge(jwt({ exp: 500 }), 1_000)).toBe(0)
  })

  it("falls back for tokens without exp or malformed tokens", () => {
    expect(tokenMaxAge(jwt({ sub: "x" }), 0, 42)).toBe(42)
    expect(tokenMaxAge("garbage", 0, 42)).toBe(42)
    expect(tokenMaxAge("a.%%%.b", 0, 42)).toBe(42)
  })
})
