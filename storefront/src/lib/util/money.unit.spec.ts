import { describe, expect, it } from "@jest/globals"
import { formatPrice, toSchemaPrice } from "./money"

const normalize = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

describe("formatPrice", () => {
  it("treats Medusa 2 amounts as major units", () => {
    expect(formatPrice(29.99, "usd", "en")).toBe("$29.99")
    expect(formatPrice(1200, "usd", "en")).toBe("$1,200.00")
  })

  it("formats with the locale's conventions", () => {
    expect(normalize(formatPrice(29.99, "eur", "ru"))).toBe("29,99 €")
    expect(formatPrice(29.99, "eur", "en")).toBe("€29.99")
  })

  it("accepts numeric strings and upper-cases the currency", () => {
    expect(formatPrice("10", "EUR", "en")).toBe("€10.00")
  })

  it("returns an empty string when amount or currency is missing", () => {
    expect(formatPrice(null, "eur", "en")).toBe("")
    expect(formatPrice(10, null, "en")).toBe("")
    expect(formatPrice("abc", "eur", "en")).toBe("")
  })

  it("falls back for invalid currency codes", () => {
    expect(formatPrice(5, "notacurrency", "en")).toBe("5.00 NOTACURRENCY")
  })
})

describe("toSchemaPrice", () => {
  it("renders two decimals without grouping", () => {
    expect(toSchemaPrice(1299.5)).toBe("1299.50")
    expect(toSchemaPrice(0.1 + 0.2)).toBe("0.30")
  })
})
