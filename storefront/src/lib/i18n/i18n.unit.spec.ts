import { describe, expect, it } from "@jest/globals"
import { isLocale, localizePath, negotiateLocale, splitLocalePath } from "./config"
import { countryName, interpolate, languageName, plural } from "./format"

describe("negotiateLocale", () => {
  it("defaults to English without a header", () => {
    expect(negotiateLocale(null)).toBe("en")
    expect(negotiateLocale("")).toBe("en")
  })

  it("picks Russian for Russian browsers, with or without a region", () => {
    expect(negotiateLocale("ru")).toBe("ru")
    expect(negotiateLocale("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ru")
  })

  it("honours q-values rather than order", () => {
    expect(negotiateLocale("en;q=0.5, ru;q=0.9")).toBe("ru")
    expect(negotiateLocale("ru;q=0.4, en-GB;q=0.8")).toBe("en")
  })

  it("skips unsupported languages and q=0", () => {
    expect(negotiateLocale("de-DE, fr;q=0.9, ru;q=0.5")).toBe("ru")
    expect(negotiateLocale("ru;q=0, de")).toBe("en")
    expect(negotiateLocale("*")).toBe("en")
  })
})

describe("locale paths", () => {
  it("recognises locales", () => {
    expect(isLocale("ru")).toBe(true)
    expect(isLocale("de")).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })

  it("splits the locale prefix", () => {
    expect(splitLocalePath("/ru/products/x")).toEqual({ locale: "ru", rest: "/products/x" })
    expect(splitLocalePath("/en")).toEqual({ locale: "en", rest: "" })
    expect(splitLocalePath("/english/x")).toEqual({ locale: null, rest: "/english/x" })
    expect(splitLocalePath("/")).toEqual({ locale: null, rest: "" })
  })

  it("builds localized paths", () => {
    expect(localizePath("en")).toBe("/en")
    expect(localizePath("ru", "/cart")).toBe("/ru/cart")
    expect(localizePath("ru", "cart")).toBe("/ru/cart")
  })
})

describe("message formatting", () => {
  it("interpolates placeholders and keeps unknown ones", () => {
    expect(interpolate("Hi {name}, {count}", { name: "Ann", count: 2 })).toBe("Hi Ann, 2")
    expect(interpolate("Hi {name}", {})).toBe("Hi {name}")
  })

  it("chooses Russian plural forms", () => {
    const forms = { one: "{count} товар", few: "{count} товара", many: "{count} товаров", other: "{count} товара" }
    expect(plural("ru", 1, forms)).toBe("1 товар")
    expect(plural("ru", 3, forms)).toBe("3 товара")
    expect(plural("ru", 5, forms)).toBe("5 товаров")
    expect(plural("ru", 21, forms)).toBe("21 товар")
  })

  it("chooses English plural forms", () => {
    const forms = { one: "{count} item", few: "{count} items", many: "{count} items", other: "{count} items" }
    expect(plural("en", 1, forms)).toBe("1 item")
    expect(plural("en", 0, forms)).toBe("0 items")
  })
})

describe("display names", () => {
  it("names countries and languages in the visitor's language", () => {
    expect(countryName("de", "en")).toBe("Germany")
    expect(countryName("de", "ru")).toBe("Германия")
    expect(countryName(null, "en")).toBe("")
    expect(languageName("en", "en")).toBe("English")
    expect(languageName("Deutsch und Englisch", "en")).toBe("Deutsch und Englisch")
  })
})
