import { StoreListProductVendors } from "../store/product-vendors/validators"
import { StoreListVendors } from "../store/vendors/validators"
import { HANDLE_PATTERN } from "../../lib/vendor-fields"

describe("store validators", () => {
  it("coerces and defaults pagination", () => {
    expect(StoreListVendors.parse({})).toEqual({ limit: 20, offset: 0 })
    expect(StoreListVendors.parse({ limit: "5", offset: "10", kind: "teacher" })).toEqual({ limit: 5, offset: 10, kind: "teacher" })
  })

  it("refuses control characters, oversize search and unknown fields", () => {
    expect(StoreListVendors.safeParse({ q: "a\u0000b" }).success).toBe(false)
    expect(StoreListVendors.safeParse({ q: "x".repeat(101) }).success).toBe(false)
    expect(StoreListVendors.safeParse({ sort: "name" }).success).toBe(false)
  })

  it("accepts one or many product ids, de-duplicated, at most 100", () => {
    expect(StoreListProductVendors.parse({ product_id: "prod_1" })).toEqual({ product_id: ["prod_1"] })
    expect(StoreListProductVendors.parse({ product_id: ["prod_1", "prod_1", "prod_2"] })).toEqual({ product_id: ["prod_1", "prod_2"] })
    const many = Array.from({ length: 101 }, (_, i) => `prod_${i}`)
    expect(StoreListProductVendors.safeParse({ product_id: many }).success).toBe(false)
    expect(StoreListProductVendors.safeParse({ product_id: "ven_1" }).success).toBe(false)
  })

  it("accepts lowercase slug handles only", () => {
    expect(HANDLE_PATTERN.test("nordlicht-home")).toBe(true)
    for (const bad of ["Nordlicht", "a--b", "-a", "a-", "a b", "a/b", ""]) {
      expect(HANDLE_PATTERN.test(bad)).toBe(false)
    }
  })
})
