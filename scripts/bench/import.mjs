// `npm run bench:import`: the catalogue import benchmark.
//
// Builds the plugins, takes a PostgreSQL server (DATABASE_URL, else DB_HOST/DB_PORT/DB_USERNAME/
// DB_PASSWORD, else the machine's at localhost:5432, else an embedded one as scripts/test.mjs
// does), creates a scratch database, migrates it, generates a deterministic catalogue
// (BENCH_PRODUCTS × BENCH_VARIANTS SKUs, default 10,000 × 5 = 50,000; seeded PRNG; EUR + USD
// prices, stock, 1–2 categories, images) and runs backend/src/scripts/bench-catalog.ts in ONE
// `medusa exec` process, which measures, in this order:
//   1. our import of the file, in-process: parse + validate + plan as the upload route does, then the
//      job's processor (`runImport`: batch workflows, checkpoints) as the queue runs it — no HTTP
//   2. Medusa's own product CSV import (importProductsAsChunksWorkflow, what POST /admin/products/imports
//      and its confirm run) on the first BENCH_MEDUSA_SKUS (5,000) SKUs, extrapolated linearly to the full size
//   3. a raw COPY of every row our import writes (all its tables, one transaction, rolled back): the floor
// and prints a summary and one machine-readable line `BENCH import …`.
//   BENCH_WRITER=service   our import through the modules' services instead of the bulk writer
//   BENCH_BATCH_SIZE=N     SKUs per batch (default: the plugin's)
//   BENCH_MEDUSA_SKUS=0    skip Medusa's import;  BENCH_KEEP_DB=1 keep the scratch database
//   BENCH_SKIP_BUILD=1     plugins already built
import { mkdirSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { dropDatabase, ensureDatabase, freePort, startEmbeddedPostgres } from "../lib/postgres.mjs"
import { run } from "../lib/proc.mjs"
import { BACKEND, baseEnv, buildPlugins, ROOT } from "../lib/workspace.mjs"
import { importCatalogInto, writeCatalogFile } from "./lib/catalog.mjs"

const num = (name, fallback) => (process.env[name] !== undefined && process.env[name] !== "" ? Number(process.env[name]) : fallback)
const PRODUCTS = num("BENCH_PRODUCTS", 10_000)
const VARIANTS = num("BENCH_VARIANTS", 5)
const MEDUSA_SKUS = num("BENCH_MEDUSA_SKUS", 5_000)
const WRITER = process.env.BENCH_WRITER === "service" ? "service" : "bulk"
const BATCH = process.env.BENCH_BATCH_SIZE ? Number(process.env.BENCH_BATCH_SIZE) : undefined
const say = (m) => process.stdout.write(`[bench:import] ${m}\n`)

/** The server to use: DATABASE_URL, DB_*, localhost:5432 if it answers, else embedded. Returns an admin URL. */
async function server() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  if (process.env.DB_HOST) {
    const u = new URL("postgres://localhost")
    u.hostname = process.env.DB_HOST
    u.port = process.env.DB_PORT || "5432"
    u.username = process.env.DB_USERNAME || "postgres"
    u.password = process.env.DB_PASSWORD || ""
    u.pathname = "/postgres"
    return { url: u.toString(), stop: async () => {} }
  }
  const local = "postgres://postgres@localhost:5432/postgres"
  try {
    const c = new pg.Client({ connectionString: local, connectionTimeoutMillis: 2000 })
    await c.connect()
    await c.end()
    return { url: local, stop: async () => {} }
  } catch {
    const port = await freePort()
    const dir = path.join(os.tmpdir(), `vitrina-bench-pg-${process.pid}`)
    say(`starting embedded PostgreSQL on :${port}`)
    const embedded = await startEmbeddedPostgres({ dir, port })
    return {
      url: embedded.urlFor("postgres"),
      stop: async () => {
        await embedded.stop()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
}

const withDb = (url, db) => {
  const u = new URL(url)
  u.pathname = `/${db}`
  return u.toString()
}

const pg_ = await server()
const db = `vitrina_bench_import_${process.pid}`
const dbUrl = withDb(pg_.url, db)
try {
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    say("building plugins")
    await buildPlugins()
  }
  await dropDatabase(pg_.url, db)
  await ensureDatabase(pg_.url, db)
  say(`migrating ${db}`)
  await run("medusa", ["db:migrate"], { cwd: BACKEND, env: baseEnv({ DATABASE_URL: dbUrl }), stdio: "ignore" })

  const dir = path.join(ROOT, ".tmp/bench")
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `catalog-${PRODUCTS}x${VARIANTS}.csv`)
  const generated = writeCatalogFile(file, { products: PRODUCTS, variantsPerProduct: VARIANTS, seed: 42 })
  say(`catalogue ${file}: ${generated.products} products, ${generated.skus} SKUs, ${(generated.bytes / 1e6).toFixed(1)} MB`)

  say(`running the import (writer ${WRITER}${BATCH ? `, batch ${BATCH}` : ""}), then Medusa's import of ${MEDUSA_SKUS} SKUs…`)
  const r = await importCatalogInto({
    databaseUrl: dbUrl,
    file,
    writer: WRITER,
    batchSize: BATCH,
    medusaSubset: MEDUSA_SKUS,
    copyFloor: true,
    onLine: (line) => {
      if (/bench:|error/i.test(line) && !/no active version|catalog\.changed|product\.created|product-variant\./.test(line)) say(line.trim())
    },
  })
  const imp = r.import
  const seconds = (imp.validate_ms + imp.import_ms) / 1000
  const skus = generated.skus
  const rowsPerS = skus / seconds
  const peakMb = r.peak_rss_kb_after_import / 1024
  const m = r.medusa
  const medusaSeconds = m ? m.ms / 1000 : null
  const medusaExtrapolated = m ? (medusaSeconds * skus) / m.skus : null
  const speedup = medusaExtrapolated ? medusaExtrapolated / seconds : null
  const copySeconds = r.copy_ms / 1000
  say(`our import: ${skus} SKUs in ${seconds.toFixed(1)} s (validate + plan ${(imp.validate_ms / 1000).toFixed(1)} s, batches ${(imp.import_ms / 1000).toFixed(1)} s), ${Math.round(rowsPerS)} SKUs/s, status ${imp.status}, created ${imp.created}`)
  say(`searchable: every imported product in the search index ${(r.searchable_ms / 1000).toFixed(1)} s after the import began (${r.indexed_products} products)`)
  say(`peak RSS of the import process: ${Math.round(peakMb)} MB (boot alone ${Math.round(r.peak_rss_kb_before_import / 1024)} MB)`)
  if (m) say(`Medusa's product import: ${m.skus} SKUs in ${medusaSeconds.toFixed(1)} s (${m.state}, ${m.variants_created} variants) → ${medusaExtrapolated.toFixed(0)} s for ${skus}; ours is ${speedup.toFixed(1)}× faster`)
  say(`COPY floor: the same rows in ${copySeconds.toFixed(1)} s`)
  const fields = {
    skus,
    writer: WRITER,
    seconds: seconds.toFixed(1),
    validate_seconds: (imp.validate_ms / 1000).toFixed(1),
    batches_seconds: (imp.import_ms / 1000).toFixed(1),
    rows_per_s: Math.round(rowsPerS),
    searchable_seconds: (r.searchable_ms / 1000).toFixed(1),
    peak_rss_mb: Math.round(peakMb),
    medusa_seconds: m ? medusaSeconds.toFixed(1) : "na",
    medusa_skus: m ? m.skus : 0,
    medusa_extrapolated_50000: m ? medusaExtrapolated.toFixed(0) : "na",
    speedup: speedup ? speedup.toFixed(1) : "na",
    copy_seconds: copySeconds.toFixed(1),
  }
  process.stdout.write(`BENCH import ${Object.entries(fields).map(([k, v]) => `${k}=${v}`).join(" ")}\n`)
  if (imp.status !== "completed") process.exitCode = 1
} finally {
  if (process.env.BENCH_KEEP_DB !== "1") await dropDatabase(pg_.url, db).catch(() => {})
  else say(`kept ${dbUrl}`)
  await pg_.stop()
}
