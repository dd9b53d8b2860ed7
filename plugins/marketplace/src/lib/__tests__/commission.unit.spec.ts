import { commissionAmount, pickCommissionRule, type RuleLike } from "../commission"

const rules: RuleLike[] = [
  { id: "d", scope: "default", reference: "", rate: 10 },
  { id: "k", scope: "kind", reference: "teacher", rate: 20 },
  { id: "v", scope: "vendor", reference: "ven_1", rate: 5 },
  { id: "c1", scope: "category", reference: "cat_a", rate: 15 },
  { id: "c2", scope: "category", reference: "cat_b", rate: 17.5 },
]

describe("pickCommissionRule", () => {
  it("takes the category rule over the vendor, kind and default rules", () => {
    expect(pickCommissionRule(rules, { vendor_id: "ven_1", vendor_kind: "teacher", category_ids: ["cat_a"] })?.id).toBe("c1")
  })
  it("takes the highest rate when several of the product's categories have a rule", () => {
    expect(pickCommissionRule(rules, { vendor_id: "ven_1", vendor_kind: "teacher", category_ids: ["cat_a", "cat_b"] })?.id).toBe("c2")
  })
  it("falls back from vendor to kind to default", () => {
    expect(pickCommissionRule(rules, { vendor_id: "ven_1", vendor_kind: "teacher", category_ids: [] })?.id).toBe("v")
    expect(pickCommissionRule(rules, { vendor_id: "ven_2", vendor_kind: "teacher", category_ids: [] })?.id).toBe("k")
    expect(pickCommissionRule(rules, { vendor_id: "ven_2", vendor_kind: "seller", category_ids: ["cat_x"] })?.id).toBe("d")
  })
  it("finds nothing without rules", () => {
    expect(pickCommissionRule([], { vendor_id: "v", vendor_kind: "seller", category_ids: [] })).toBeNull()
  })
})

describe("commissionAmount", () => {
  it("rounds half up to cents without float drift", () => {
    expect(commissionAmount("36.8781", "15.5")).toBe("5.72")
    expect(commissionAmount("0.1", "50")).toBe("0.05")
    expect(commissionAmount("0.3", "5")).toBe("0.02") // 0.015 → 0.02 (a float would give 0.01)
    expect(commissionAmount("100", "0")).toBe("0")
  })
})
