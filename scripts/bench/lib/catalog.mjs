// A deterministic catalogue for benchmarks, and importing it into a Vitrina database in-process.
//
//   generateCatalogCsv({ products = 10_000, variantsPerProduct = 5, seed = 42, categories = 20 })
//     → { csv, products, skus }   the same bytes for the same arguments (seeded PRNG)
//   writeCatalogFile(file, options) → { file, products, skus, bytes }
//   importCatalogInto({ databaseUrl, file, writer, batchSize, medusaSubset, copyFloor, onLine })
//     → the JSON result of backend/src/scripts/bench-catalog.ts (see there), run with `medusa exec`
//       in the backend against `databaseUrl` (a migrated database; the script creates what the import
//       needs: store currencies EUR+USD, regions, a stock location on the default sales channel,
//       the categories bench-cat-1…N and an active seller vendor "bench-seller").
import { writeFileSync } from "node:fs"
import path from "node:path"
import { BACKEND, baseEnv, ROOT } from "../../lib/workspace.mjs"
import { spawn } from "node:child_process"

/** mulberry32: a small seeded PRNG (deterministic across Node versions). */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const CATALOG_COLUMNS = [
  "handle", "title", "description", "status", "category_handles", "image_urls",
  "option1_name", "option1_value", "option2_name", "option2_value", "sku", "price_eur", "price_usd", "inventory_quantity",
]

const ADJECTIVES = ["Linen", "Merino", "Oak", "Copper", "Ceramic", "Wool", "Canvas", "Leather", "Bamboo", "Walnut", "Cotton", "Steel", "Glass", "Cork", "Velvet", "Slate"]
const NOUNS = ["Shirt", "Sweater", "Lamp", "Mug", "Backpack", "Chair", "Scarf", "Headphones", "Notebook", "Sofa", "Jacket", "Vase", "Kettle", "Blanket", "Desk", "Speaker"]
const SIZES = ["XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"]
const COLOURS = ["Black", "White", "Red", "Blue", "Green", "Sand"]

const cell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/**
 * `products` products × `variantsPerProduct` variants (Size, and Colour when more than 8 variants),
 * EUR and USD prices, stock 0–99, 1–2 categories of `categories`, 1–2 image URLs, published.
 * Handles `bench-<n>`, SKUs `BENCH-<n>-<v>`.
 */
export function generateCatalogCsv({ products = 10_000, variantsPerProduct = 5, seed = 42, categories = 20 } = {}) {
  const rand = prng(seed)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const lines = [CATALOG_COLUMNS.join(",")]
  let skus = 0
  for (let p = 1; p <= products; p++) {
    const title = `${pick(ADJECTIVES)} ${pick(NOUNS)} ${p}`
    const cats = [...new Set([1 + Math.floor(rand() * categories), 1 + Math.floor(rand() * categories)])].map((c) => `bench-cat-${c}`)
    const images = Array.from({ length: 1 + Math.floor(rand() * 2) }, (_, i) => `https://img.vitrina.test/bench/${p}-${i}.jpg`)
    const base = 5 + Math.floor(rand() * 20000) / 100
    for (let v = 0; v < variantsPerProduct; v++) {
      const size = SIZES[v % SIZES.length]
      const colour = variantsPerProduct > SIZES.length ? COLOURS[Math.floor(v / SIZES.length) % COLOURS.length] : ""
      const eur = (base + v).toFixed(2)
      const usd = ((base + v) * 1.08).toFixed(2)
      const row = {
        handle: `bench-${p}`,
        title: v === 0 ? title : "",
        description: v === 0 ? `${title}: a benchmark product, deterministic (seed ${seed}).` : "",
        status: v === 0 ? "published" : "",
        category_handles: v === 0 ? cats.join("|") : "",
        image_urls: v === 0 ? images.join("|") : "",
        option1_name: "Size",
        option1_value: size,
        option2_name: colour ? "Colour" : "",
        option2_value: colour,
        sku: `BENCH-${p}-${v + 1}`,
        price_eur: eur,
        price_usd: usd,
        inventory_quantity: String(Math.floor(rand() * 100)),
      }
      lines.push(CATALOG_COLUMNS.map((c) => cell(row[c])).join(","))
      skus++
    }
  }
  return { csv: lines.join("\n") + "\n", products, skus }
}

export function writeCatalogFile(file, options = {}) {
  const { csv, products, skus } = generateCatalogCsv(options)
  writeFileSync(file, csv)
  return { file, products, skus, bytes: Buffer.byteLength(csv) }
}

/**
 * Runs backend/src/scripts/bench-catalog.ts with `medusa exec` on `databaseUrl` and returns its
 * result (the line `BENCH_RESULT {json}` it prints). Options:
 *   file           our CSV to import (required)
 *   writer         "bulk" (default) | "service"
 *   batchSize      SKUs per batch (default: the plugin's)
 *   medusaSubset   N > 0: then Medusa's own product import on the first N SKUs of the file (a fresh
 *                  copy with other handles and SKUs), timed the same way
 *   copyFloor      true: time a COPY of the import's rows (all tables) first, rolled back
 *   categories     number of bench-cat-N categories to create (default 20)
 *   onLine         receives every output line of the process (default: none)
 */
export async function importCatalogInto({ databaseUrl, file, writer = "bulk", batchSize, medusaSubset = 0, copyFloor = false, categories = 20, onLine = () => {} }) {
  const args = ["exec", "./src/scripts/bench-catalog.ts", JSON.stringify({ file, writer, batch_size: batchSize, medusa_subset: medusaSubset, copy_floor: copyFloor, categories })]
  const env = baseEnv({ DATABASE_URL: databaseUrl, NODE_ENV: "development", CATALOG_IMPORT_WRITER: writer, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" })
  let result = null
  await new Promise((resolve, reject) => {
    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the import process (open it in Chrome's DevTools).
    const [cmd, argv] = process.env.BENCH_CPU_PROF
      ? [process.execPath, [`--cpu-prof`, `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`, path.join(ROOT, "node_modules/.bin/medusa"), ...args]]
      : ["medusa", args]
    const child = spawn(cmd, argv, { cwd: BACKEND, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    for (const stream of [child.stdout, child.stderr]) {
      let buf = ""
      stream.on("data", (d) => {
        buf += d
        let i
        while ((i = buf.indexOf("\n")) >= 0) {
          const line = buf.slice(0, i)
          buf = buf.slice(i + 1)
          if (line.startsWith("BENCH_RESULT ")) result = JSON.parse(line.slice("BENCH_RESULT ".length))
          onLine(line)
        }
      })
    }
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 && result ? resolve() : reject(new Error(`bench-catalog.ts exited with ${code}${result ? "" : " without a result"}`))))
  })
  return result
}
