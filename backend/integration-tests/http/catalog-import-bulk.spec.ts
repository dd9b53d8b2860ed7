import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BULK_TABLES, DEFAULTED } from "@vitrina/catalog-import/lib/bulk-rows"
import { importCatalogBatchWorkflow } from "@vitrina/catalog-import/workflows"
import { resolveTarget } from "@vitrina/catalog-import/lib/target"
import { adminHeaders, bearer, createStoreInfrastructure, signUpVendor, storeHeaders } from "../helpers/fixtures"

jest.setTimeout(300_000)

/* eslint-disable @typescript-eslint/no-explicit-any -- API bodies and raw rows are compared loosely */

const COLUMNS = "handle,title,description,status,category_handles,image_urls,option1_name,option1_value,option2_name,option2_value,sku,price_eur,price_usd,inventory_quantity"
type Row = Partial<Record<string, string>>
const csv = (rows: Row[]) => [COLUMNS, ...rows.map((r) => COLUMNS.split(",").map((c) => r[c] ?? "").join(","))].join("\n") + "\n"

/** A shirt in 2 sizes × 2 colours (2 images, 2 categories, EUR+USD, stocked), a mug (no options, not stocked), a lamp (draft). */
const catalog = (p: string): Row[] => [
  { handle: `${p}-shirt`, title: "Shirt", description: "Linen", status: "published", category_handles: "clothes|summer", image_urls: "https://img.test/s1.jpg|https://img.test/s2.jpg", option1_name: "Size", option1_value: "M", option2_name: "Colour", option2_value: "Red", sku: `${p}-SHIRT-M-RED`, price_eur: "19.99", price_usd: "21.50", inventory_quantity: "5" },
  { handle: `${p}-shirt`, option1_name: "Size", option1_value: "L", option2_name: "Colour", option2_value: "Red", sku: `${p}-SHIRT-L-RED`, price_eur: "19.99", price_usd: "21.50", inventory_quantity: "0" },
  { handle: `${p}-shirt`, option1_name: "Size", option1_value: "M", option2_name: "Colour", option2_value: "Blue", sku: `${p}-SHIRT-M-BLUE`, price_eur: "20", inventory_quantity: "12" },
  { handle: `${p}-mug`, title: "Mug", status: "published", sku: `${p}-MUG`, price_eur: "9" },
  { handle: `${p}-lamp`, title: "Lamp", description: "Brass", option1_name: "Colour", option1_value: "Gold", sku: `${p}-LAMP`, price_eur: "30", price_usd: "33", inventory_quantity: "1" },
]

const ID = /^([a-z]+)_[0-9A-HJKMNP-TV-Z]{26}$/
const DROP = new Set(["created_at", "updated_at", "deleted_at"])

/**
 * A value with the import's own identity taken out: ids become their prefix (`prod_…` → `<prod>`),
 * timestamps go, the handle/SKU prefix becomes `X`; arrays are sorted (neither writer orders rows).
 */
function normalize(value: any, prefix: string): any {
  if (Array.isArray(value)) return value.map((v) => normalize(v, prefix)).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
  if (value instanceof Date) return "<date>"
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !DROP.has(k))
        .map(([k, v]) => [k, normalize(v, prefix)])
    )
  }
  if (typeof value === "string") {
    const id = ID.exec(value)
    if (id) return `<${id[1]}>`
    return value.replace(new RegExp(`\\b${prefix}-`, "gi"), "X-")
  }
  return value
}

/** Every row the import wrote for products `ids`, table by table (the writer's tables and the two it must leave empty). */
const ROWS_OF: Record<string, string> = {
  product: `select * from product where id = any(?)`,
  product_product_option: `select * from product_product_option where product_id = any(?)`,
  product_option: `select * from product_option where id in (select product_option_id from product_product_option where product_id = any(?))`,
  product_option_value: `select * from product_option_value where option_id in (select product_option_id from product_product_option where product_id = any(?))`,
  product_product_option_value: `select * from product_product_option_value where product_product_option_id in (select id from product_product_option where product_id = any(?))`,
  product_variant: `select * from product_variant where product_id = any(?)`,
  product_variant_option: `select * from product_variant_option where variant_id in (select id from product_variant where product_id = any(?))`,
  image: `select * from image where product_id = any(?)`,
  product_variant_product_image: `select * from product_variant_product_image where variant_id in (select id from product_variant where product_id = any(?))`,
  product_category_product: `select * from product_category_product where product_id = any(?)`,
  product_variant_price_set: `select * from product_variant_price_set where variant_id in (select id from product_variant where product_id = any(?))`,
  price_set: `select * from price_set where id in (select price_set_id from product_variant_price_set where variant_id in (select id from product_variant where product_id = any(?)))`,
  price: `select * from price where price_set_id in (select price_set_id from product_variant_price_set where variant_id in (select id from product_variant where product_id = any(?)))`,
  price_rule: `select * from price_rule where price_id in (select id from price where price_set_id in (select price_set_id from product_variant_price_set where variant_id in (select id from product_variant where product_id = any(?))))`,
  product_variant_inventory_item: `select * from product_variant_inventory_item where variant_id in (select id from product_variant where product_id = any(?))`,
  inventory_item: `select * from inventory_item where id in (select inventory_item_id from product_variant_inventory_item where variant_id in (select id from product_variant where product_id = any(?)))`,
  inventory_level: `select * from inventory_level where inventory_item_id in (select inventory_item_id from product_variant_inventory_item where variant_id in (select id from product_variant where product_id = any(?)))`,
  product_sales_channel: `select * from product_sales_channel where product_id = any(?)`,
  product_shipping_profile: `select * from product_shipping_profile where product_id = any(?)`,
  vendor_vendor_product_product: `select * from vendor_vendor_product_product where product_id = any(?)`,
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let seller: { token: string; vendorId: string }
    let regionId: string

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container, api)
      const { region } = await createStoreInfrastructure(container)
      regionId = region.id
      const storeModule = container.resolve(Modules.STORE)
      const [store] = await storeModule.listStores()
      await storeModule.updateStores(store.id, { supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }] })
      await container.resolve(Modules.PRODUCT).createProductCategories([
        { name: "Clothes", handle: "clothes", is_active: true },
        { name: "Summer", handle: "summer", is_active: true },
      ])
      seller = await signUpVendor(api, { email: "a@sellers.test", handle: "seller-a", approveWith: admin })
    })

    async function importWith(writer: "bulk" | "service", prefix: string) {
      process.env.CATALOG_IMPORT_WRITER = writer
      try {
        const f = new FormData()
        f.append("file", new Blob([csv(catalog(prefix))]), "catalog.csv")
        const { data } = await api.post("/vendor/catalog-imports", f, bearer(seller.token))
        await api.post(`/vendor/catalog-imports/${data.import.id}/start`, {}, bearer(seller.token))
        for (let i = 0; i < 240; i++) {
          const { data: state } = await api.get(`/vendor/catalog-imports/${data.import.id}`, bearer(seller.token))
          if (state.import.status === "completed" || state.import.status === "failed") return state.import
          await sleep(250)
        }
        throw new Error("the import did not finish")
      } finally {
        delete process.env.CATALOG_IMPORT_WRITER
      }
    }

    const productIds = async (prefix: string) =>
      (await getContainer().resolve(Modules.PRODUCT).listProducts({ handle: ["shirt", "mug", "lamp"].map((h) => `${prefix}-${h}`) }, { select: ["id"] })).map((p) => p.id)

    it("writes with the bulk writer exactly the rows the modules' services write, table by table", async () => {
      expect(await importWith("service", "s")).toMatchObject({ status: "completed", created: 5 })
      expect(await importWith("bulk", "b")).toMatchObject({ status: "completed", created: 5 })
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [service, bulk] = [await productIds("s"), await productIds("b")]
      expect(service).toHaveLength(3)
      expect(bulk).toHaveLength(3)
      for (const [table, sql] of Object.entries(ROWS_OF)) {
        const s = normalize((await pg.raw(sql, [service])).rows, "s")
        const b = normalize((await pg.raw(sql, [bulk])).rows, "b")
        expect({ table, rows: b }).toEqual({ table, rows: s })
      }
      // Not vacuous: the shirt's rows are all there.
      const variants = (await pg.raw(ROWS_OF.product_variant, [bulk])).rows
      expect(variants).toHaveLength(5)
      expect((await pg.raw(ROWS_OF.inventory_level, [bulk])).rows).toHaveLength(4)
      expect((await pg.raw(ROWS_OF.price, [bulk])).rows).toHaveLength(8)
    })

    it("reads a bulk-written product back through the store, admin and vendor APIs like a service-written one", async () => {
      await importWith("service", "s")
      await importWith("bulk", "b")
      const { headers } = await storeHeaders(getContainer())
      const storeFields = "*variants,*variants.options,*variants.calculated_price,+variants.inventory_quantity,*options,*options.values,*images,*categories"
      for (const handle of ["shirt", "mug"]) {
        const read = async (p: string) => {
          const { data } = await api.get(`/store/products?handle=${p}-${handle}&region_id=${regionId}&fields=${storeFields}`, { headers })
          expect(data.products).toHaveLength(1)
          return normalize(data.products[0], p)
        }
        const [s, b] = [await read("s"), await read("b")]
        expect(b).toEqual(s)
        if (handle === "shirt") {
          const m = b.variants.find((v: any) => v.sku === "X-SHIRT-M-RED")
          expect(m.calculated_price).toMatchObject({ calculated_amount: 19.99, currency_code: "eur" })
          expect(m.inventory_quantity).toBe(5)
          expect(b.categories.map((c: any) => c.handle).sort()).toEqual(["clothes", "summer"])
        }
      }
      // The draft lamp is not in the store, for either writer.
      const lamps = await api.get(`/store/products?handle[]=s-lamp&handle[]=b-lamp`, { headers })
      expect(lamps.data.products).toHaveLength(0)

      const adminFields = "*variants,*variants.prices,*variants.options,*variants.inventory_items,*variants.inventory_items.inventory,*options,*options.values,*images,*categories,*sales_channels,*shipping_profile"
      for (const handle of ["shirt", "mug", "lamp"]) {
        const read = async (p: string) => {
          const { data } = await api.get(`/admin/products?handle=${p}-${handle}&fields=${adminFields}`, admin)
          expect(data.products).toHaveLength(1)
          return normalize(data.products[0], p)
        }
        expect(await read("b")).toEqual(await read("s"))
      }
      const { data } = await api.get("/vendor/products?limit=50", bearer(seller.token))
      const byHandle = (p: string) =>
        normalize(
          data.products.filter((x: any) => x.handle.startsWith(`${p}-`)),
          p
        )
      expect(byHandle("b")).toHaveLength(3)
      expect(byHandle("b")).toEqual(byHandle("s"))
    })

    it("writes a batch's new products in one transaction: a failing row leaves none of them", async () => {
      const container = getContainer()
      const target = await resolveTarget(container, seller.vendorId)
      const product = (handle: string, category: string) => ({
        row: 1, handle, title: handle, description: null, status: "published", kind: "product", category_ids: [category], image_urls: [],
        options: [{ title: "Size", values: ["M"] }],
        variants: [{ row: 1, sku: handle.toUpperCase(), title: "M", options: { Size: "M" }, prices: [{ currency_code: "eur", amount: 5 }], inventory_quantity: 3 }],
      })
      const [clothes] = await container.resolve(Modules.PRODUCT).listProductCategories({ handle: "clothes" })
      // The second product names a category that does not exist: its category row violates the foreign key.
      const { errors } = await importCatalogBatchWorkflow(container).run({
        input: { target, products: [product("t-good", clothes.id), product("t-bad", "pcat_01M8VE0N3SQJ5DM3CHWKD4EJDF")], writer: "bulk" },
        throwOnError: false,
      })
      expect(errors.length).toBeGreaterThan(0)
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      expect((await pg.raw(`select count(*)::int n from product where handle like 't-%'`)).rows[0].n).toBe(0)
      expect((await pg.raw(`select count(*)::int n from product_variant where sku like 'T-%'`)).rows[0].n).toBe(0)
      expect((await pg.raw(`select count(*)::int n from inventory_item where sku like 'T-%'`)).rows[0].n).toBe(0)
      // The same batch without the bad row goes through.
      const { result } = await importCatalogBatchWorkflow(container).run({ input: { target, products: [product("t-good", clothes.id)], writer: "bulk" } })
      expect(result).toMatchObject({ created: 1, updated: 0 })
    })

    it("fills every NOT NULL column of the tables it writes, and knows every column of them (Medusa's schema)", async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(
        `select table_name, column_name, is_nullable, column_default from information_schema.columns where table_schema = current_schema() and table_name = any(?)`,
        [Object.keys(BULK_TABLES)]
      )
      expect(new Set(rows.map((r: any) => r.table_name))).toEqual(new Set(Object.keys(BULK_TABLES)))
      for (const [table, columns] of Object.entries(BULK_TABLES) as [string, { name: string }[]][]) {
        const written = new Set(columns.map((c) => c.name))
        const actual = rows.filter((r: any) => r.table_name === table)
        // A NOT NULL column without a default that the writer does not fill would fail every import.
        const unfilled = actual.filter((r: any) => r.is_nullable === "NO" && r.column_default === null && !written.has(r.column_name)).map((r: any) => r.column_name)
        expect({ table, unfilled }).toEqual({ table, unfilled: [] })
        // Any column Medusa adds (even nullable) must be reviewed: does its create fill it?
        const known = new Set([...written, ...DEFAULTED[table as keyof typeof DEFAULTED]])
        expect({ table, columns: actual.map((r: any) => r.column_name).filter((c: string) => !known.has(c)).sort() }).toEqual({ table, columns: [] })
        expect({ table, gone: [...written].filter((c) => !actual.some((r: any) => r.column_name === c)) }).toEqual({ table, gone: [] })
      }
    })
  },
})
