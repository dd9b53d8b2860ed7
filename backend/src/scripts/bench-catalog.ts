import { readFileSync } from "node:fs"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createRegionsWorkflow,
  createStockLocationsWorkflow,
  importProductsAsChunksWorkflow,
  importProductsAsChunksWorkflowId,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
  waitConfirmationProductImportStepId,
} from "@medusajs/medusa/core-flows"
import { TransactionHandlerType } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { importCatalogFile } from "@vitrina/catalog-import/lib/import-file"
import { parseRows } from "@vitrina/catalog-import/lib/parse"
import { validateRows } from "@vitrina/catalog-import/lib/validate"
import { BULK_TABLES, buildBulkRows, type BulkTable } from "@vitrina/catalog-import/lib/bulk-rows"
import VendorShippingProfileLink from "@vitrina/marketplace/links/vendor-shipping-profile"
import { createVendorsWorkflow } from "@vitrina/marketplace/workflows"

/**
 * The catalogue import benchmark's in-process part (scripts/bench/import.mjs and
 * scripts/bench/lib/catalog.mjs run it: `medusa exec ./src/scripts/bench-catalog.ts '<json>'`).
 * JSON options: { file, batch_size?, medusa_subset?, copy_floor?, categories? }.
 *
 * 1. Creates what an import needs if missing: EUR+USD store currencies and regions, a stock
 *    location serving the default sales channel, categories bench-cat-1…N, an active seller
 *    "bench-seller" with its shipping profile.
 * 2. Our import of `file` through `importCatalogFile` (parse, validate, plan, then the job's
 *    processor `runImport`, batch after batch; writer from CATALOG_IMPORT_WRITER, default bulk).
 * 3. medusa_subset = N: Medusa's own product CSV import (`importProductsAsChunksWorkflow`, what
 *    POST /admin/products/imports + …/confirm run) of the first N SKUs as a Medusa CSV (other
 *    handles and SKUs, same products, prices, categories, images, sales channel, shipping profile).
 * 4. copy_floor: COPY of every row the import writes (all its tables), rolled back — the floor.
 *
 * Prints `BENCH_RESULT {json}` with the times (ms) and this process's peak RSS.
 */
type Options = { file: string; batch_size?: number; medusa_subset?: number; copy_floor?: boolean; categories?: number }

const SELLER = "bench-seller"

export default async function benchCatalog({ container, args }: ExecArgs) {
  const options = JSON.parse(args[0] ?? "{}") as Options
  if (!options.file) throw new Error("bench-catalog: pass the JSON options with `file`")
  const fixtures = await ensureFixtures(container, options.categories ?? 20)
  const content = readFileSync(options.file)
  const out: Record<string, unknown> = { vendor_id: fixtures.vendor_id, writer: process.env.CATALOG_IMPORT_WRITER ?? "bulk" }

  // The search index "catalog" is active before the import (as in a running store), so each
  // batch's event really writes its products' documents; `searchable_ms` is when the last one is in.
  const search = container.resolve(Modules.SEARCH)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const indexStatus = async () => (await search.listIndexes()).find((i) => i.name === "catalog")?.status
  if ((await indexStatus()) !== "ready") await search.reindex({ index: "catalog" })
  for (let i = 0; (await indexStatus()) !== "ready"; i++) {
    if (i > 600) throw new Error("bench-catalog: the search index did not become ready")
    await new Promise((r) => setTimeout(r, 100))
  }
  const indexedCount = async () => {
    const [row] = (await pg.raw(`select table_name from search_postgres_index where name like 'catalog%' order by updated_at desc limit 1`)).rows
    return row ? Number((await pg.raw(`select count(*)::int as n from "${row.table_name}" where document->'vendor'->>'id' = ?`, [fixtures.vendor_id])).rows[0].n) : 0
  }

  const rssBefore = process.resourceUsage().maxRSS
  const t0 = performance.now()
  const ours = await importCatalogFile(container, { vendor_id: fixtures.vendor_id, content, filename: "bench.csv", batch_size: options.batch_size })
  out.import = ours
  out.peak_rss_kb_after_import = process.resourceUsage().maxRSS
  out.peak_rss_kb_before_import = rssBefore
  process.stdout.write(`bench: import ${JSON.stringify(ours)}\n`)
  if (ours.status !== "completed") throw new Error(`import ${ours.status}: ${ours.error}`)
  const [{ n: products }] = (await pg.raw(`select count(*)::int as n from vendor_vendor_product_product where vendor_id = ? and deleted_at is null`, [fixtures.vendor_id])).rows
  for (let i = 0; ; i++) {
    const indexed = await indexedCount()
    if (indexed >= products) break
    if (i > 3000) throw new Error(`bench-catalog: ${indexed} of ${products} products in the search index after 5 minutes`)
    await new Promise((r) => setTimeout(r, 100))
  }
  out.searchable_ms = Math.round(performance.now() - t0)
  out.indexed_products = products
  process.stdout.write(`bench: every imported product searchable ${out.searchable_ms} ms after the import began\n`)

  if (options.medusa_subset) {
    out.medusa = await medusaImport(container, content, options.medusa_subset, fixtures)
    process.stdout.write(`bench: medusa ${JSON.stringify(out.medusa)}\n`)
  }
  if (options.copy_floor) {
    out.copy_ms = await copyFloor(container, content, fixtures)
    process.stdout.write(`bench: COPY floor ${out.copy_ms} ms\n`)
  }

  out.peak_rss_kb = process.resourceUsage().maxRSS
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(out)}\n`)
}

type Fixtures = { vendor_id: string; sales_channel_id: string; shipping_profile_id: string; location_id: string; category_ids: Map<string, string> }

async function ensureFixtures(container: MedusaContainer, categories: number): Promise<Fixtures> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  const salesChannelId = store.default_sales_channel_id!
  if (!(store.supported_currencies ?? []).some((c) => c.currency_code === "usd")) {
    await updateStoresWorkflow(container).run({
      input: { selector: { id: store.id }, update: { supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }] } },
    })
  }
  const regions = await container.resolve(Modules.REGION).listRegions({})
  if (!regions.length) {
    await createRegionsWorkflow(container).run({
      input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de", "fr"] }, { name: "United States", currency_code: "usd", countries: ["us"] }] },
    })
  }
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
  let locationId = (channels[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id
  if (!locationId) {
    const { result: [location] } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: "Bench warehouse", address: { address_1: "Street 1", city: "Hamburg", country_code: "DE" } }] },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
    locationId = location.id
  }
  const handles = Array.from({ length: categories }, (_, i) => `bench-cat-${i + 1}`)
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProductCategories({ handle: handles }, { select: ["id", "handle"], take: null })
  const missing = handles.filter((h) => !existing.some((c) => c.handle === h))
  if (missing.length) {
    await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missing.map((handle, i) => ({ name: `Bench category ${handle.slice(10)}`, handle, is_active: true, rank: i })) },
    })
  }
  const categoryIds = new Map(
    (await productModule.listProductCategories({ handle: handles }, { select: ["id", "handle"], take: null })).map((c) => [c.handle, c.id])
  )
  const { data: [vendor] } = await query.graph({ entity: "vendor", fields: ["id"], filters: { handle: SELLER } })
  let vendorId = vendor?.id as string | undefined
  if (!vendorId) {
    const { result } = await createVendorsWorkflow(container).run({
      input: {
        vendors: [
          { handle: SELLER, name: "Bench Seller", kind: "seller", status: "active", verified: true, email: "owner@bench-seller.test", members: [{ email: "owner@bench-seller.test", role: "owner" }] },
        ],
      },
    })
    vendorId = result[0].id as string
  }
  const { data: profiles } = await query.graph({ entity: VendorShippingProfileLink.entryPoint, fields: ["shipping_profile_id"], filters: { vendor_id: vendorId } })
  let profileId = profiles[0]?.shipping_profile_id as string | undefined
  if (!profileId) {
    const [profile] = await container.resolve(Modules.FULFILLMENT).createShippingProfiles([{ name: "Bench Seller shipping (bench-seller)", type: "default" }])
    await link.create({ vendor: { vendor_id: vendorId }, [Modules.FULFILLMENT]: { shipping_profile_id: profile.id } })
    profileId = profile.id
  }
  return { vendor_id: vendorId, sales_channel_id: salesChannelId, shipping_profile_id: profileId, location_id: locationId!, category_ids: categoryIds }
}

/**
 * The import's rows for the whole file (as the bulk writer builds them, handles and SKUs prefixed
 * `copy-` since the import has written the originals), COPYed table by table in one transaction,
 * rolled back. Run last so that building all rows at once does not count in the import's peak RSS.
 */
async function copyFloor(container: MedusaContainer, content: Buffer, f: Fixtures): Promise<number> {
  const rows = await parseRows(content, "csv", 1_000_000)
  const { products } = validateRows(rows, "seller")
  for (const p of products) {
    p.handle = `copy-${p.handle}`
    p.category_ids = p.category_ids.map((h) => f.category_ids.get(h)!).filter(Boolean)
    for (const v of p.variants) v.sku = `COPY-${v.sku}`
  }
  const built = buildBulkRows(products, { vendor_id: f.vendor_id, vendor_kind: "seller", sales_channel_id: f.sales_channel_id, shipping_profile_id: f.shipping_profile_id, location_id: f.location_id })
  const { from: copyFrom } = (await import("pg-copy-streams")) as unknown as { from: (sql: string) => NodeJS.WritableStream & { on: (e: string, cb: (...a: unknown[]) => void) => void } }
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const client = (await pg.client.acquireConnection()) as { query: (q: unknown) => unknown }
  const esc = (v: unknown) => (v === null || v === undefined ? "\\N" : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r"))
  try {
    await client.query("begin")
    const t0 = performance.now()
    for (const table of Object.keys(BULK_TABLES) as BulkTable[]) {
      const data = built.rows[table]
      if (!data.length) continue
      const cols = BULK_TABLES[table].map((c) => `"${c.name}"`).join(", ")
      const stream = client.query(copyFrom(`copy "${table}" (${cols}) from stdin`)) as NodeJS.WritableStream & { on: (e: string, cb: (...a: unknown[]) => void) => void }
      await new Promise<void>((resolve, reject) => {
        stream.on("error", reject)
        stream.on("finish", () => resolve())
        const chunk: string[] = []
        for (const r of data) {
          chunk.push(r.map(esc).join("\t"))
          if (chunk.length >= 5000) stream.write(chunk.splice(0).join("\n") + "\n")
        }
        if (chunk.length) stream.write(chunk.join("\n") + "\n")
        stream.end()
      })
    }
    const ms = Math.round(performance.now() - t0)
    await client.query("rollback")
    return ms
  } finally {
    await pg.client.releaseConnection(client)
  }
}

/** Medusa's own CSV import of the first `subset` SKUs (whole products), with other handles and SKUs. */
async function medusaImport(container: MedusaContainer, content: Buffer, subset: number, f: Fixtures) {
  const rows = await parseRows(content, "csv", 1_000_000)
  const header = [
    "Product Handle", "Product Title", "Product Status", "Product Description", "Product Thumbnail", "Product Discountable",
    "Product Image 1", "Product Image 2", "Product Category 1", "Product Category 2", "Product Sales Channel 1", "Shipping Profile Id",
    "Variant Title", "Variant SKU", "Variant Manage Inventory", "Variant Allow Backorder", "Variant Price EUR", "Variant Price USD",
    "Variant Option 1 Name", "Variant Option 1 Value", "Variant Option 2 Name", "Variant Option 2 Value",
  ]
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  const lines = [header.join(",")]
  let first: Record<string, string> = {}
  let taken = 0
  for (const r of rows) {
    if (r.title) first = r
    if (taken >= subset && r.title) break
    const images = (first.image_urls ?? "").split("|").filter(Boolean)
    const cats = (first.category_handles ?? "").split("|").filter(Boolean).map((h) => f.category_ids.get(h) ?? "")
    const variantTitle = [r.option1_value, r.option2_value].filter(Boolean).join(" / ")
    lines.push(
      [
        `m-${r.handle}`, first.title, first.status || "draft", first.description ?? "", images[0] ?? "", "true",
        images[0] ?? "", images[1] ?? "", cats[0] ?? "", cats[1] ?? "", f.sales_channel_id, f.shipping_profile_id,
        variantTitle, `M-${r.sku}`, "true", "false", r.price_eur ?? "", r.price_usd ?? "",
        r.option1_name ?? "", r.option1_value ?? "", r.option2_name ?? "", r.option2_value ?? "",
      ].map((v) => cell(String(v ?? ""))).join(",")
    )
    taken++
  }
  const csv = lines.join("\n") + "\n"
  const productModule = container.resolve(Modules.PRODUCT)
  const before = (await productModule.listAndCountProductVariants({}, { take: 1 }))[1]

  const t0 = performance.now()
  // POST /admin/products/imports: the file is uploaded to the File module, the workflow normalises
  // it into chunks and waits for the confirmation; POST …/:transaction_id/confirm sets that step.
  const [file] = await container.resolve(Modules.FILE).createFiles([{ filename: "medusa-bench.csv", mimeType: "text/csv", content: csv }])
  const { transaction } = await importProductsAsChunksWorkflow(container).run({ input: { filename: "medusa-bench.csv", fileKey: file.id } })
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  // The chunks are processed in the background after the confirmation: done at the workflow's onFinish.
  let state = "running"
  const finished = new Promise<void>((resolve) => {
    void engine.subscribe({
      workflowId: importProductsAsChunksWorkflowId,
      transactionId: transaction.transactionId,
      subscriber: (event: { eventType: string; errors?: unknown[] }) => {
        if (event.eventType !== "onFinish") return
        state = event.errors?.length ? `failed: ${JSON.stringify(event.errors).slice(0, 500)}` : "done"
        resolve()
      },
    })
  })
  await engine.setStepSuccess({
    idempotencyKey: {
      action: TransactionHandlerType.INVOKE,
      transactionId: transaction.transactionId,
      stepId: waitConfirmationProductImportStepId,
      workflowId: importProductsAsChunksWorkflowId,
    },
    stepResponse: new StepResponse(true),
  })
  await finished
  const ms = Math.round(performance.now() - t0)
  const after = (await productModule.listAndCountProductVariants({}, { take: 1 }))[1]
  return { skus: taken, ms, state, variants_created: after - before }
}

