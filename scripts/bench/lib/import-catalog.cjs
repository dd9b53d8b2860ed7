// `medusa exec ../scripts/bench/lib/import-catalog.cjs <count> [batchSize]` (run from backend/):
// adds the benchmark catalogue (products.mjs) to a seeded Vitrina database through the
// catalog-import plugin's batch workflow, in-process — the same writes as a vendor's import
// (products, variants, EUR/USD price sets, stock at the store's location, vendor / sales channel /
// shipping profile links) — spread over the demo sellers in blocks, then rebuilds the search
// index "catalog" and checks it holds every published product.
// Resumable: batches are keyed by handle, so it continues from the products already written.
// Prints one line `BENCH_CATALOG {json}` for the caller.
const { ContainerRegistrationKeys, Modules } = require("@medusajs/framework/utils")
const { importCatalogBatchWorkflow } = require("@vitrina/catalog-import/workflows")
const { resolveTarget } = require("@vitrina/catalog-import/lib/target")

exports.default = async function importBenchCatalog({ container, args }) {
  const { benchProduct, benchBatches, BENCH_HANDLE_PREFIX } = await import("./products.mjs")
  const count = Number(args[0])
  const batchSize = Number(args[1] || 500)
  if (!Number.isInteger(count) || count < 1) throw new Error(`usage: import-catalog.cjs <count> [batchSize] (got ${args[0]})`)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const { data: sellers } = await query.graph({ entity: "vendor", fields: ["id", "handle"], filters: { kind: "seller", status: "active" } })
  if (!sellers.length) throw new Error("no active sellers: run the demo seed first")
  sellers.sort((a, b) => a.handle.localeCompare(b.handle))
  const targets = await Promise.all(sellers.map((s) => resolveTarget(container, s.id)))
  const { data: categories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const categoryIds = Object.fromEntries(categories.map((c) => [c.handle, c.id]))

  // Blocks are written in order, so the number of bench products says where to resume.
  const [{ n: existing }] = await pg.raw(`select count(*)::int as n from product where handle like ? and deleted_at is null`, [`${BENCH_HANDLE_PREFIX}%`]).then((r) => r.rows)
  const batches = benchBatches(count, batchSize)
  const first = Math.floor(existing / batchSize)
  const t0 = Date.now()
  let skus = 0
  for (const batch of batches.slice(first)) {
    const products = []
    for (let i = batch.from; i < batch.to; i++) products.push(benchProduct(i, { categoryIds }))
    skus += products.reduce((n, p) => n + p.variants.length, 0)
    await importCatalogBatchWorkflow(container).run({ input: { target: targets[batch.index % targets.length], products } })
    if (batch.index % 10 === 9 || batch.to === count) {
      const s = (Date.now() - t0) / 1000
      logger.info(`bench catalogue: ${batch.to}/${count} products, ${(skus / s).toFixed(0)} SKUs/s`)
    }
  }
  const importSeconds = (Date.now() - t0) / 1000

  // Each batch emits vitrina.catalog.changed, which the index consumes once it has an active
  // version; on a fresh database (no active version until a server seeds it) those events are
  // refused, so the index is rebuilt once here — what a bulk load calls for anyway.
  const search = container.resolve(Modules.SEARCH)
  const counts = async () => {
    const [index] = await pg.raw(`select table_name from search_postgres_index where name like 'catalog%' order by updated_at desc limit 1`).then((r) => r.rows)
    const [{ n: products }] = await pg.raw(`select count(*)::int as n from product where deleted_at is null`).then((r) => r.rows)
    const documents = index ? await pg.raw(`select count(*)::int as n from "${index.table_name}"`).then((r) => r.rows[0].n) : 0
    const status = (await search.listIndexes()).find((i) => i.name === "catalog")?.status
    return { products, documents, index_status: status, index_table: index?.table_name ?? null }
  }
  const t1 = Date.now()
  let state = await counts()
  if (state.index_status !== "ready" || state.documents < state.products) {
    await search.reindex({ index: "catalog" })
    state = await counts()
  }
  const reindexSeconds = (Date.now() - t1) / 1000
  if (state.index_status !== "ready" || state.documents < state.products) {
    throw new Error(`search index "catalog" is ${state.index_status} with ${state.documents} documents for ${state.products} products`)
  }
  // A bulk load leaves the planner without statistics until autovacuum gets to it (on a busy machine
  // it had not after 45 minutes): measure what a settled database does.
  await pg.raw("analyze")
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  await storeModule.updateStores(store.id, { metadata: { ...(store.metadata ?? {}), vitrina_bench_catalog: { products: count, at: new Date().toISOString() } } })
  const summary = { count, written_skus: skus, import_seconds: importSeconds, reindex_seconds: reindexSeconds, ...state }
  process.stdout.write(`BENCH_CATALOG ${JSON.stringify(summary)}\n`)
}
