import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { recoverStaleImports } from "@vitrina/catalog-import/lib/recover"
import ExcelJS from "exceljs"
import { eventually } from "../helpers/courses"
import { adminHeaders, bearer, createStoreInfrastructure, refused, signUpVendor, storeHeaders } from "../helpers/fixtures"
import { catalogIndexReady, searchCatalog } from "../helpers/search"

jest.setTimeout(300_000)

// Small limits, to test them: medusa-config reads these before the runner applies its own `env`.
const MAX_FILE_BYTES = 64 * 1024
process.env.CATALOG_IMPORT_MAX_FILE_BYTES = String(MAX_FILE_BYTES)
process.env.CATALOG_IMPORT_BATCH_SIZE = "2"

const COLUMNS = "handle,title,description,status,kind,category_handles,image_urls,option1_name,option1_value,option2_name,option2_value,option3_name,option3_value,sku,price_eur,price_usd,inventory_quantity,course_level,course_language"

type Row = Partial<Record<string, string>>
const csv = (rows: Row[]) => [COLUMNS, ...rows.map((r) => COLUMNS.split(",").map((c) => r[c] ?? "").join(","))].join("\n") + "\n"

/** 3 products: a shirt in 2 sizes (stocked), a mug (one variant), a lamp in 2 colours. */
const catalog = (prefix: string, price = "19.99"): Row[] => [
  { handle: `${prefix}-shirt`, title: "Shirt", description: "Linen", status: "published", category_handles: "clothes", image_urls: "https://img.test/s.jpg", option1_name: "Size", option1_value: "M", sku: `${prefix}-SHIRT-M`, price_eur: price, price_usd: "21.50", inventory_quantity: "5" },
  { handle: `${prefix}-shirt`, option1_name: "Size", option1_value: "L", sku: `${prefix}-SHIRT-L`, price_eur: price, inventory_quantity: "7" },
  { handle: `${prefix}-mug`, title: "Mug", sku: `${prefix}-MUG`, price_eur: "9" },
  { handle: `${prefix}-lamp`, title: "Lamp", option1_name: "Colour", option1_value: "Red", sku: `${prefix}-LAMP-RED`, price_eur: "30", inventory_quantity: "1" },
  { handle: `${prefix}-lamp`, option1_name: "Colour", option1_value: "Blue", sku: `${prefix}-LAMP-BLUE`, price_eur: "31", inventory_quantity: "0" },
]

const form = (content: Buffer | string, name: string, fields: Record<string, string> = {}) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.append(k, v)
  f.append("file", new Blob([new Uint8Array(Buffer.from(content))]), name)
  return f
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let seller: { token: string; vendorId: string }
    let other: { token: string; vendorId: string }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container, api)
      await createStoreInfrastructure(container)
      const storeModule = container.resolve(Modules.STORE)
      const [store] = await storeModule.listStores()
      await storeModule.updateStores(store.id, { supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }] })
      await container.resolve(Modules.PRODUCT).createProductCategories([{ name: "Clothes", handle: "clothes", is_active: true }])
      seller = await signUpVendor(api, { email: "a@sellers.test", handle: "seller-a", approveWith: admin })
      other = await signUpVendor(api, { email: "b@sellers.test", handle: "seller-b", approveWith: admin })
    })

    const upload = (token: string, content: Buffer | string, name: string) => api.post("/vendor/catalog-imports", form(content, name), bearer(token))
    const productCount = async () => (await getContainer().resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1 }))[1]
    const variantsOf = async (skus: string[]) =>
      (
        await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product_variant",
          fields: ["id", "sku", "product.handle", "product.status", "prices.amount", "prices.currency_code", "inventory_items.inventory.location_levels.stocked_quantity"],
          filters: { sku: skus },
        })
      ).data as any[] // eslint-disable-line @typescript-eslint/no-explicit-any

    async function waitDone(path: string, headers: object) {
      for (let i = 0; i < 240; i++) {
        const { data } = await api.get(path, headers)
        if (data.import.status === "completed" || data.import.status === "failed") return data.import
        await sleep(250)
      }
      throw new Error(`import ${path} did not finish`)
    }

    async function importAndRun(token: string, content: Buffer | string, name: string) {
      const { status, data } = await upload(token, content, name)
      expect(status).toBe(201)
      const started = await api.post(`/vendor/catalog-imports/${data.import.id}/start`, {}, bearer(token))
      expect(started.status).toBe(202)
      expect(["queued", "running", "completed"]).toContain(started.data.import.status)
      return { validated: data.import, done: await waitDone(`/vendor/catalog-imports/${data.import.id}`, bearer(token)) }
    }

    it("serves a template per format with two example rows", async () => {
      const c = await api.get("/vendor/catalog-imports/template?format=csv", bearer(seller.token))
      expect(c.headers["content-type"]).toMatch(/text\/csv/)
      const lines = String(c.data).trim().split("\n")
      expect(lines[0]).toBe(COLUMNS)
      expect(lines).toHaveLength(3)
      const j = await api.get("/vendor/catalog-imports/template?format=json", bearer(seller.token))
      expect(j.data).toHaveLength(2)
      expect(Object.keys(j.data[0]).join(",")).toBe(COLUMNS)
      const x = await api.get("/vendor/catalog-imports/template?format=xlsx", { ...bearer(seller.token), responseType: "arraybuffer" })
      expect(Buffer.from(x.data).subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004")
      const bad = await refused(api.get("/vendor/catalog-imports/template?format=pdf", bearer(seller.token)))
      expect(bad.status).toBe(400)
    })

    it("imports a CSV: products, variants, prices, stock at the vendor's location, vendor link, categories", async () => {
      const { validated, done } = await importAndRun(seller.token, csv(catalog("a")), "catalog.csv")
      expect(validated).toMatchObject({ status: "validated", total_rows: 5, products: 3, variants: 5, creates: 5, updates: 0 })
      expect(done).toMatchObject({ status: "completed", total_rows: 5, processed_rows: 5, progress: 100, created: 5, updated: 0, error: null })
      const variants = await variantsOf(["a-SHIRT-M", "a-SHIRT-L", "a-MUG", "a-LAMP-RED", "a-LAMP-BLUE"])
      expect(variants).toHaveLength(5)
      const m = variants.find((v) => v.sku === "a-SHIRT-M")
      expect(m.product).toMatchObject({ handle: "a-shirt", status: "published" })
      expect(m.prices.map((p: { currency_code: string; amount: number }) => [p.currency_code, Number(p.amount)]).sort()).toEqual([["eur", 19.99], ["usd", 21.5]])
      expect(m.inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(5)
      expect(variants.find((v) => v.sku === "a-MUG").inventory_items ?? []).toHaveLength(0)
      // Visible in the vendor's own catalogue, with its category.
      const { data } = await api.get("/vendor/products?limit=50", bearer(seller.token))
      expect(data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(["a-lamp", "a-mug", "a-shirt"])
      expect(data.products.find((p: { handle: string }) => p.handle === "a-shirt").categories[0].handle).toBe("clothes")
      const list = await api.get("/vendor/catalog-imports", bearer(seller.token))
      expect(list.data.imports.map((i: { id: string }) => i.id)).toEqual([validated.id])
    })

    it("makes imported products searchable in the catalog index (POST /store/search)", async () => {
      await catalogIndexReady(getContainer())
      await importAndRun(seller.token, csv(catalog("s")), "catalog.csv")
      const { headers } = await storeHeaders(getContainer())
      const hit = await eventually(async () => {
        const r = await searchCatalog(api, headers, { filters: { q: "Shirt" } })
        return r.result?.hits.find((h) => h.document.handle === "s-shirt") ?? null
      }, 20_000)
      expect(hit.document).toMatchObject({ title: "Shirt", handle: "s-shirt" })
    })

    it("imports the same catalogue from JSON and from an XLSX workbook", async () => {
      const json = catalog("j").map((r) => Object.fromEntries(COLUMNS.split(",").map((c) => [c, r[c] ?? ""])))
      const j = await importAndRun(seller.token, JSON.stringify(json), "catalog.json")
      expect(j.done).toMatchObject({ status: "completed", created: 5 })
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet("products")
      sheet.addRow(COLUMNS.split(","))
      for (const r of catalog("x")) sheet.addRow(COLUMNS.split(",").map((c) => (c.startsWith("price_") && r[c] ? Number(r[c]) : (r[c] ?? ""))))
      const x = await importAndRun(seller.token, Buffer.from(await workbook.xlsx.writeBuffer()), "catalog.xlsx")
      expect(x.done).toMatchObject({ status: "completed", created: 5 })
      const variants = await variantsOf(["j-SHIRT-M", "x-SHIRT-M", "x-LAMP-BLUE"])
      expect(variants).toHaveLength(3)
      expect(Number(variants.find((v) => v.sku === "x-LAMP-BLUE").prices[0].amount)).toBe(31)
    })

    it("re-importing the same file updates the values and never duplicates", async () => {
      await importAndRun(seller.token, csv(catalog("r")), "catalog.csv")
      const before = await productCount()
      const again = await importAndRun(seller.token, csv(catalog("r", "25.00")), "catalog.csv")
      expect(again.validated).toMatchObject({ creates: 0, updates: 5 })
      expect(again.done).toMatchObject({ status: "completed", created: 0, updated: 5 })
      expect(await productCount()).toBe(before)
      const variants = await variantsOf(["r-SHIRT-M", "r-SHIRT-L"])
      expect(variants).toHaveLength(2)
      const m = variants.find((v) => v.sku === "r-SHIRT-M")
      expect(m.prices.find((p: { currency_code: string }) => p.currency_code === "eur").amount).toBe(25)
      expect(m.prices).toHaveLength(2)
    })

    it("refuses a file with row errors, naming each row and column, and writes nothing", async () => {
      const before = await productCount()
      const rows = catalog("e")
      rows[0].price_eur = "abc"
      rows[1].price_usd = "-3"
      rows[2].sku = "e-SHIRT-M" // duplicate of row 1
      rows[3].category_handles = "no-such-category"
      rows[4].status = "archived" // conflicts with the first lamp row and is not a status
      rows.push({ handle: "e-empty", sku: "" })
      rows.push({ handle: "e-course", title: "A course", kind: "course", sku: "E-COURSE", price_eur: "10" })
      const res = await refused(upload(seller.token, csv(rows), "bad.csv"))
      expect(res.status).toBe(400)
      expect(res.data.type).toBe("invalid_data")
      expect(res.data.message).toBe("7 rows have errors")
      const has = (row: number, column: string, text: RegExp) =>
        expect(res.data.errors).toEqual(expect.arrayContaining([expect.objectContaining({ row, column, message: expect.stringMatching(text) })]))
      has(1, "price_eur", /decimal number/)
      has(2, "price_usd", /negative/)
      has(3, "sku", /duplicate SKU e-SHIRT-M: already on row 1/)
      has(4, "category_handles", /unknown category: no-such-category/)
      has(5, "status", /conflicts/)
      has(6, "sku", /required/)
      has(6, "title", /required/)
      has(7, "kind", /only a teacher/)
      expect(await productCount()).toBe(before)
      expect((await api.get("/vendor/catalog-imports", bearer(seller.token))).data.imports).toHaveLength(0)
    })

    it("refuses an oversize file, a file disguised by its extension and a binary file", async () => {
      const before = await productCount()
      const big = await refused(upload(seller.token, "x".repeat(MAX_FILE_BYTES + 10), "big.csv"))
      expect(big.status).toBe(400)
      expect(big.data.message).toBe("The file is too large: an import file may be at most 65536 bytes")
      const workbook = new ExcelJS.Workbook()
      workbook.addWorksheet("a").addRow(["handle"])
      const disguised = await refused(upload(seller.token, Buffer.from(await workbook.xlsx.writeBuffer()), "catalog.csv"))
      expect(disguised.status).toBe(400)
      expect(disguised.data.message).toBe("The file is named .csv but its content is XLSX: rename it or export it as CSV")
      const jsonAsCsv = await refused(upload(seller.token, JSON.stringify([{ handle: "x" }]), "catalog.csv"))
      expect(jsonAsCsv.data.message).toBe("The file is named .csv but its content is JSON: rename it or export it as CSV")
      const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex")
      const binary = await refused(upload(seller.token, png, "catalog.csv"))
      expect(binary.status).toBe(400)
      expect(binary.data.message).toMatch(/not a text file|binary file/)
      const notXlsx = await refused(upload(seller.token, csv(catalog("z")), "catalog.xlsx"))
      expect(notXlsx.data.message).toBe("The file is named .xlsx but its content is CSV: rename it or export it as XLSX")
      expect(await productCount()).toBe(before)
    })

    it("keeps vendors apart: no import into another vendor's handles or SKUs, no access to its imports", async () => {
      const { validated } = await importAndRun(seller.token, csv(catalog("a")), "catalog.csv")
      const before = await productCount()
      const takeSku = await refused(upload(other.token, csv([{ handle: "b-thing", title: "Thing", sku: "a-MUG", price_eur: "5" }]), "b.csv"))
      expect(takeSku.status).toBe(400)
      expect(takeSku.data.errors).toEqual([{ row: 1, column: "sku", message: "the SKU a-MUG is used by another vendor's product" }])
      const takeHandle = await refused(upload(other.token, csv([{ handle: "a-mug", title: "Mug", sku: "B-MUG", price_eur: "5" }]), "b.csv"))
      expect(takeHandle.data.errors).toEqual([{ row: 1, column: "handle", message: "the handle a-mug is used by another vendor's product" }])
      expect(await productCount()).toBe(before)
      expect((await refused(api.get(`/vendor/catalog-imports/${validated.id}`, bearer(other.token)))).status).toBe(404)
      expect((await refused(api.post(`/vendor/catalog-imports/${validated.id}/start`, {}, bearer(other.token)))).status).toBe(404)
      expect((await api.get("/vendor/catalog-imports", bearer(other.token))).data.imports).toHaveLength(0)
    })

    it("resumes an import whose worker died after a batch, without duplicates", async () => {
      const { data } = await upload(seller.token, csv(catalog("k")), "catalog.csv")
      process.env.CATALOG_IMPORT_KILL_AFTER_BATCHES = "1"
      try {
        await api.post(`/vendor/catalog-imports/${data.import.id}/start`, {}, bearer(seller.token))
        // The worker writes batch 1 (2 SKUs), then dies before its checkpoint: status stays "running".
        let state = data.import
        for (let i = 0; i < 80 && (await variantsOf(["k-SHIRT-M"])).length === 0; i++) await sleep(250)
        await sleep(1000)
        state = (await api.get(`/vendor/catalog-imports/${data.import.id}`, bearer(seller.token))).data.import
        expect(state).toMatchObject({ status: "running", checkpoint: 0, processed_rows: 0 })
      } finally {
        delete process.env.CATALOG_IMPORT_KILL_AFTER_BATCHES
      }
      // The recovery (the scheduled job's function) finds the stale heartbeat and resumes from the checkpoint.
      const resumed = await recoverStaleImports(getContainer(), { staleAfterSeconds: 0 })
      expect(resumed).toEqual([data.import.id])
      const done = await waitDone(`/vendor/catalog-imports/${data.import.id}`, bearer(seller.token))
      expect(done).toMatchObject({ status: "completed", processed_rows: 5, progress: 100, attempts: 2, created: 3, updated: 2 })
      const skus = ["k-SHIRT-M", "k-SHIRT-L", "k-MUG", "k-LAMP-RED", "k-LAMP-BLUE"]
      const variants = await variantsOf(skus)
      expect(variants.map((v) => v.sku).sort()).toEqual([...skus].sort())
      const products = await getContainer().resolve(Modules.PRODUCT).listProducts({ handle: ["k-shirt", "k-mug", "k-lamp"] })
      expect(products).toHaveLength(3)
      const shirt = variants.find((v) => v.sku === "k-SHIRT-M")
      expect(shirt.prices).toHaveLength(2)
      expect(shirt.inventory_items).toHaveLength(1)
    })

    it("imports a teacher's course rows as real courses through the courses workflow", async () => {
      const teacher = await signUpVendor(api, { email: "t@teachers.test", handle: "teacher-t", kind: "teacher", approveWith: admin })
      const rows = [
        { handle: "sql-basics", title: "SQL basics", kind: "course", sku: "C-SQL", price_eur: "39", course_level: "beginner", course_language: "en" },
        { handle: "sql-pro", title: "SQL pro", kind: "course", sku: "C-SQL-PRO", price_eur: "59", course_level: "advanced", course_language: "de" },
      ]
      const { done } = await importAndRun(teacher.token, csv(rows), "courses.csv")
      expect(done).toMatchObject({ status: "completed", created: 2 })
      const { data } = await api.get("/vendor/courses", bearer(teacher.token))
      expect(data.courses.map((c: { handle: string }) => c.handle).sort()).toEqual(["sql-basics", "sql-pro"])
      const { data: courses } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "course",
        fields: ["handle", "level", "language", "product.handle"],
        filters: { handle: ["sql-basics", "sql-pro"] },
      })
      expect(courses.map((c: any) => [c.handle, c.level, c.language, c.product.handle]).sort()).toEqual([ // eslint-disable-line @typescript-eslint/no-explicit-any
        ["sql-basics", "beginner", "en", "sql-basics"],
        ["sql-pro", "advanced", "de", "sql-pro"],
      ])
      expect((await variantsOf(["C-SQL"]))[0].product.handle).toBe("sql-basics")
      const again = await importAndRun(teacher.token, csv(rows.map((r) => ({ ...r, price_eur: "45" }))), "courses.csv")
      expect(again.done).toMatchObject({ status: "completed", created: 0, updated: 2 })
      expect(Number((await variantsOf(["C-SQL"]))[0].prices[0].amount)).toBe(45)
    })

    it("lets the operator import into a vendor's catalogue", async () => {
      const { status, data } = await api.post("/admin/catalog-imports", form(csv(catalog("o")), "catalog.csv", { vendor_id: seller.vendorId }), admin)
      expect(status).toBe(201)
      expect(data.import).toMatchObject({ vendor_id: seller.vendorId, status: "validated", variants: 5 })
      const started = await api.post(`/admin/catalog-imports/${data.import.id}/start`, {}, admin)
      expect(started.status).toBe(202)
      const done = await waitDone(`/admin/catalog-imports/${data.import.id}`, admin)
      expect(done).toMatchObject({ status: "completed", created: 5 })
      const mine = await api.get("/vendor/products?limit=50", bearer(seller.token))
      expect(mine.data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(["o-lamp", "o-mug", "o-shirt"])
      const listed = await api.get(`/admin/catalog-imports?vendor_id=${seller.vendorId}`, admin)
      expect(listed.data.imports).toHaveLength(1)
      const unknown = await refused(api.post("/admin/catalog-imports", form(csv(catalog("o")), "catalog.csv", { vendor_id: "ven_nope" }), admin))
      expect(unknown.status).toBe(404)
    })
  },
})
