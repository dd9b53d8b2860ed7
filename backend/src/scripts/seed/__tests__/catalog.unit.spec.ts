import { optionCombinations, VENDORS } from "../catalog"

describe("demo catalog", () => {
  it("has the size the launch demo promises: 2+ sellers with 12+ products, 2+ teachers with 4+ courses", () => {
    const sellers = VENDORS.filter((v) => v.kind === "seller")
    const teachers = VENDORS.filter((v) => v.kind === "teacher")
    expect(sellers.length).toBeGreaterThanOrEqual(2)
    expect(teachers.length).toBeGreaterThanOrEqual(2)
    expect(sellers.flatMap((v) => v.products ?? []).length).toBeGreaterThanOrEqual(12)
    expect(teachers.flatMap((v) => v.courses ?? []).length).toBeGreaterThanOrEqual(4)
  })

  it("uses unique vendor and product handles", () => {
    const vendorHandles = VENDORS.map((v) => v.handle)
    expect(new Set(vendorHandles).size).toBe(vendorHandles.length)
    const listingHandles = VENDORS.flatMap((v) => [...(v.products ?? []), ...(v.courses ?? [])].map((p) => p.handle))
    expect(new Set(listingHandles).size).toBe(listingHandles.length)
  })

  it("builds every combination of option values", () => {
    expect(
      optionCombinations([
        { title: "Size", values: ["S", "M"] },
        { title: "Color", values: ["Red", "Blue"] },
      ])
    ).toEqual([
      { Size: "S", Color: "Red" },
      { Size: "S", Color: "Blue" },
      { Size: "M", Color: "Red" },
      { Size: "M", Color: "Blue" },
    ])
    expect(optionCombinations([])).toEqual([{}])
  })
})
