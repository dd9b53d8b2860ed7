import { describe, expect, it } from "@jest/globals"
import { tokenActorId } from "./jwt"
import { buildVariants, isValidHandle, pageParam, parseAmount, splitValues, suggestHandle, vendorProductsHref } from "./vendor-portal"

const jwt = (payload: object) => `h.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.s`

describe("suggestHandle", () => {
  it("turns a shop name into a valid handle", () => {
    expect(suggestHandle("Nordlicht Home!")).toBe("nordlicht-home")
    expect(suggestHandle("  Café  Crème -- 2 ")).toBe("cafe-creme-2")
    expect(isValidHandle(suggestHandle("Nordlicht Home!"))).toBe(true)
  })

  it("transliterates Russian shop names", () => {
    expect(suggestHandle("Мастерская Анны")).toBe("masterskaya-anny")
  })

  it("never exceeds 60 characters or ends with a dash", () => {
    const handle = suggestHandle(`${"a".repeat(59)} b`)
    expect(handle.length).toBeLessThanOrEqual(60)
    expect(handle.endsWith("-")).toBe(false)
  })
})

describe("parseAmount", () => {
  it("reads dots, commas and spaces", () => {
    expect(parseAmount("19.9")).toBe(19.9)
    expect(parseAmount("19,90")).toBe(19.9)
    expect(parseAmount(" 1 299,00 ")).toBe(1299)
    expect(parseAmount("1,299.50")).toBe(1299.5)
  })

  it("gives null for empty input and NaN for nonsense", () => {
    expect(parseAmount("")).toBeNull()
    expect(parseAmount(undefined)).toBeNull()
    expect(parseAmount("-3")).toBeNaN()
    expect(parseAmount("abc")).toBeNaN()
    expect(parseAmount("1.234")).toBeNaN()
  })
})

describe("variants", () => {
  it("splits comma-separated option values without duplicates", () => {
    expect(splitValues("S, M, , L, M")).toEqual(["S", "M", "L"])
    expect(splitValues("")).toEqual([])
  })

  it("builds one variant per option value", () => {
    const eur = [{ currency_code: "eur", amount: 10 }]
    const body = buildVariants("Size", [{ value: "S", prices: eur }, { value: "L", sku: "L-1", prices: eur }], {
      title: "Default",
      value: "Standard",
    })
    expect(body.options).toEqual([{ title: "Size", values: ["S", "L"] }])
    expect(body.variants[1]).toEqual({ title: "L", sku: "L-1", options: { Size: "L" }, prices: eur })
  })

  it("falls back to a single default variant without values", () => {
    const body = buildVariants("", [{ value: "", prices: [{ currency_code: "eur", amount: 5 }] }], {
      title: "Default",
      value: "Standard",
    })
    expect(body.options).toEqual([{ title: "Default", values: ["Standard"] }])
    expect(body.variants).toEqual([
      { title: "Standard", options: { Default: "Standard" }, prices: [{ currency_code: "eur", amount: 5 }] },
    ])
  })
})

describe("portal helpers", () => {
  it("reads the actor of a token", () => {
    expect(tokenActorId(jwt({ actor_id: "vmem_1" }))).toBe("vmem_1")
    expect(tokenActorId(jwt({ actor_id: "" }))).toBe("")
    expect(tokenActorId("garbage")).toBeNull()
  })

  it("builds list links and reads page numbers", () => {
    expect(vendorProductsHref("/en/vendor/products", { status: "draft", page: 2 })).toBe("/en/vendor/products?status=draft&page=2")
    expect(vendorProductsHref("/en/vendor/products", { page: 1 })).toBe("/en/vendor/products")
    expect(pageParam("3")).toBe(3)
    expect(pageParam("-1")).toBe(1)
    expect(pageParam(undefined)).toBe(1)
  })
})
