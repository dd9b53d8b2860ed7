import { BULK_TABLES, buildBulkRows, columnArrays, entityId, insertStatement, rawNumber } from "../bulk-rows"
import type { ImportTarget, PlanProduct } from "../types"

const target: ImportTarget = { vendor_id: "ven_1", vendor_kind: "seller", sales_channel_id: "sc_1", shipping_profile_id: "sp_1", location_id: "sloc_1" }

const shirt: PlanProduct = {
  row: 1, handle: "shirt", title: "Shirt", description: "Linen", status: "published", kind: "product", category_ids: ["pcat_1"],
  image_urls: ["https://img.test/a.jpg", "https://img.test/b.jpg"],
  options: [{ title: "Size", values: ["M", "L"] }, { title: "Colour", values: ["Red"] }],
  variants: [
    { row: 1, sku: "S-M", title: "M / Red", options: { Size: "M", Colour: "Red" }, prices: [{ currency_code: "eur", amount: 19.99 }, { currency_code: "usd", amount: 21.5 }], inventory_quantity: 5 },
    { row: 2, sku: "S-L", title: "L / Red", options: { Size: "L", Colour: "Red" }, prices: [{ currency_code: "eur", amount: 19.99 }], inventory_quantity: null },
  ],
}

describe("bulk rows", () => {
  it("makes ids in the form of Medusa's generateEntityId (prefix + 26-character ULID), all distinct", () => {
    const ids = Array.from({ length: 5000 }, () => entityId("prod"))
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^prod_[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("builds every row of a product: options and values, variants, images, categories, prices, stock only for stocked variants, links", () => {
    const { rows, product_ids, variant_ids, inventory_item_ids } = buildBulkRows([shirt], target)
    expect(product_ids).toHaveLength(1)
    expect(variant_ids).toHaveLength(2)
    expect(rows.product).toHaveLength(1)
    expect(rows.product_option.map((r) => r[1])).toEqual(["Size", "Colour"])
    expect(rows.product_option_value.map((r) => r[1])).toEqual(["M", "L", "Red"])
    expect(rows.product_product_option_value).toHaveLength(3)
    expect(rows.product_variant_option).toHaveLength(4)
    expect(rows.image.map((r) => [r[1], r[2]])).toEqual([["https://img.test/a.jpg", 0], ["https://img.test/b.jpg", 1]])
    expect(rows.product_category_product).toEqual([[product_ids[0], "pcat_1"]])
    expect(rows.price.map((r) => [r[2], r[3], r[4]])).toEqual([
      ["eur", rawNumber(19.99), "19.99"],
      ["usd", rawNumber(21.5), "21.5"],
      ["eur", rawNumber(19.99), "19.99"],
    ])
    expect(JSON.parse(rawNumber(19.99))).toEqual({ value: "19.99", precision: 20 })
    // manage_inventory follows the quantity; the unstocked variant gets no inventory item.
    expect(rows.product_variant.map((r) => [r[2], r[4]])).toEqual([["S-M", true], ["S-L", false]])
    expect(inventory_item_ids).toHaveLength(1)
    expect(rows.inventory_item.map((r) => [r[1], r[2]])).toEqual([["S-M", "Shirt · M / Red"]])
    expect(rows.inventory_level.map((r) => [r[2], r[3]])).toEqual([["sloc_1", "5"]])
    expect(rows.product_sales_channel.map((r) => r[2])).toEqual(["sc_1"])
    expect(rows.product_shipping_profile.map((r) => r[2])).toEqual(["sp_1"])
    expect(rows.vendor_vendor_product_product.map((r) => r[1])).toEqual(["ven_1"])
    // Every row has as many values as its table has columns.
    for (const [table, list] of Object.entries(rows)) {
      for (const r of list) expect(r).toHaveLength(BULK_TABLES[table as keyof typeof BULK_TABLES].length)
    }
  })

  it("leaves out the stock without a location, and the channel and profile links without a channel or profile", () => {
    const { rows } = buildBulkRows([shirt], { ...target, location_id: null, sales_channel_id: null, shipping_profile_id: null })
    expect(rows.inventory_item).toHaveLength(0)
    expect(rows.inventory_level).toHaveLength(0)
    expect(rows.product_sales_channel).toHaveLength(0)
    expect(rows.product_shipping_profile).toHaveLength(0)
    expect(rows.product_variant.map((r) => r[4])).toEqual([true, false])
  })

  it("gives products and variants strictly increasing created_at within a batch", () => {
    const { rows } = buildBulkRows([shirt, { ...shirt, handle: "shirt-2", variants: shirt.variants.map((v) => ({ ...v, sku: `2-${v.sku}` })) }], target)
    const stamps = [...rows.product.map((r) => r[9] as string), ...rows.product_variant.map((r) => r[7] as string)].sort()
    expect(new Set(stamps).size).toBe(stamps.length)
    expect(stamps[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/)
  })

  it("inserts a table with one statement of one array per column", () => {
    expect(insertStatement("price")).toBe(
      'insert into "price" ("id", "price_set_id", "currency_code", "raw_amount", "amount", "rules_count") select c0, c1, c2, c3::jsonb, c4, c5 from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::int4[]) as t(c0, c1, c2, c3, c4, c5)'
    )
    expect(columnArrays("price_set", [["pset_1"], ["pset_2"]])).toEqual([["pset_1", "pset_2"]])
  })
})
