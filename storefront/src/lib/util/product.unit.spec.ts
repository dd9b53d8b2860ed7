import { describe, expect, it } from "@jest/globals"
import type { Product, ProductVariant } from "../../types/vitrina"
import {
  findVariant,
  getCheapestPrice,
  getCourseInfo,
  getProductImages,
  getStockState,
  getVariantPrice,
  getVideoUrl,
} from "./product"

function variant(partial: Partial<ProductVariant> & { id: string }): ProductVariant {
  return {
    title: partial.id,
    sku: null,
    barcode: null,
    ean: null,
    upc: null,
    allow_backorder: false,
    manage_inventory: true,
    inventory_quantity: 10,
    hs_code: null,
    origin_country: null,
    mid_code: null,
    material: null,
    weight: null,
    length: null,
    height: null,
    width: null,
    variant_rank: 0,
    options: [],
    created_at: "",
    updated_at: "",
    deleted_at: null,
    ...partial,
  } as ProductVariant
}

function price(amount: number, original = amount) {
  return {
    id: "p",
    calculated_amount: amount,
    original_amount: original,
    currency_code: "eur",
    original_amount_with_tax: null,
    original_amount_without_tax: null,
  } as ProductVariant["calculated_price"]
}

describe("prices", () => {
  it("reads the calculated price of a variant", () => {
    expect(getVariantPrice(variant({ id: "a", calculated_price: price(20, 25) }))).toEqual({
      amount: 20,
      originalAmount: 25,
      currencyCode: "eur",
      onSale: true,
    })
    expect(getVariantPrice(variant({ id: "a" }))).toBeNull()
  })

  it("finds the cheapest price and whether prices differ", () => {
    const product = {
      variants: [variant({ id: "a", calculated_price: price(30) }), variant({ id: "b", calculated_price: price(20) })],
    } as Product
    expect(getCheapestPrice(product)).toMatchObject({ amount: 20, hasRange: true })
  })
})

describe("getStockState", () => {
  it("distinguishes in stock, low stock and out of stock", () => {
    expect(getStockState(variant({ id: "a", inventory_quantity: 50 }))).toEqual({ state: "in_stock" })
    expect(getStockState(variant({ id: "a", inventory_quantity: 3 }))).toEqual({ state: "low_stock", quantity: 3 })
    expect(getStockState(variant({ id: "a", inventory_quantity: 0 }))).toEqual({ state: "out_of_stock" })
  })

  it("treats unmanaged and backorderable variants as available", () => {
    expect(getStockState(variant({ id: "a", manage_inventory: false, inventory_quantity: 0 })).state).toBe("in_stock")
    expect(getStockState(variant({ id: "a", allow_backorder: true, inventory_quantity: 0 })).state).toBe("in_stock")
  })
})

describe("findVariant", () => {
  const variants = [
    variant({ id: "s-red", options: [{ id: "1", value: "S", option_id: "size" }, { id: "2", value: "Red", option_id: "color" }] as ProductVariant["options"] }),
    variant({ id: "m-red", options: [{ id: "3", value: "M", option_id: "size" }, { id: "4", value: "Red", option_id: "color" }] as ProductVariant["options"] }),
  ]

  it("matches a complete selection", () => {
    expect(findVariant(variants, { size: "M", color: "Red" })?.id).toBe("m-red")
  })

  it("returns null for incomplete or impossible selections", () => {
    expect(findVariant(variants, { size: "M" })).toBeNull()
    expect(findVariant(variants, { size: "L", color: "Red" })).toBeNull()
  })
})

describe("product metadata", () => {
  it("reads course details", () => {
    expect(
      getCourseInfo({ metadata: { kind: "course", level: "Beginner", lessons_count: "12", duration_minutes: 95 } })
    ).toEqual({ level: "Beginner", language: null, lessonsCount: 12, durationMinutes: 95 })
    expect(getCourseInfo({ metadata: { kind: "physical" } })).toBeNull()
  })

  it("returns the video of physical products only", () => {
    expect(getVideoUrl({ metadata: { video_url: "http://b/static/v.webm" } })).toBe("http://b/static/v.webm")
    expect(getVideoUrl({ metadata: { kind: "course", video_url: "http://b/v.webm" } })).toBeNull()
    expect(getVideoUrl({ metadata: { video_url: "javascript:alert(1)" } })).toBeNull()
  })

  it("lists images thumbnail first without duplicates", () => {
    expect(
      getProductImages({
        thumbnail: "a.jpg",
        images: [{ id: "1", url: "b.jpg" }, { id: "2", url: "a.jpg" }] as Product["images"],
      })
    ).toEqual(["a.jpg", "b.jpg"])
  })
})
