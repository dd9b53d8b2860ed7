// `npm run bench:search [-- --fresh]`: latency of 1,000 representative catalogue searches on the
// seeded 50,000-product catalogue with the PostgreSQL engine (@medusajs/search-postgres), sent
// one after another (sequentially, one keep-alive connection) through POST /store/search of the
// production build. The queries are deterministic: words of the generated catalogue, about 20 %
// with a typo (and typo tolerance on), some with filters (kind, category, price range, in stock),
// facets, sorts and a second page. 100 different warm-up queries run first and are not counted.
//   BENCH_QUERIES=1000   number of measured queries
// Prints p50 / p95 / p99 / mean overall and per kind of query, the provider's own processing time,
// and ends with one line `BENCH search {json}`.
import { VOCABULARY, rng } from "./lib/products.mjs"
import { stats } from "./lib/load.mjs"
import { benchDatabase, buildAll, postgresServer, PRODUCTS, say, startBackend, stopAllAndWait, stopBackend } from "./lib/setup.mjs"

const log = say("bench:search")
const COUNT = Number(process.env.BENCH_QUERIES || 1000)
const CATEGORIES = ["Home & Living", "Electronics", "Fashion"]
const FACETS = ["kind", "categories.name", "vendor.name", "in_stock"]

/** A typo as people make them: a dropped, doubled, swapped or replaced letter (words of 4+ letters). */
function typo(word, r) {
  if (word.length < 4) return word
  const i = 1 + Math.floor(r() * (word.length - 2))
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1)
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i)
    case 2:
      return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1)
    default:
      return word.slice(0, i) + "aeiou"[Math.floor(r() * 5)] + word.slice(i + 1)
  }
}

/** Query number `n`: its kind (for the per-kind figures) and the request body. */
function benchQuery(n) {
  const r = rng(n * 7919 + 13)
  const pick = (list) => list[Math.floor(r() * list.length)]
  const { adjectives, materials, nouns, colours } = VOCABULARY
  const shape = r()
  let words =
    shape < 0.45 ? [pick(nouns)] : shape < 0.7 ? [pick(materials), pick(nouns)] : shape < 0.85 ? [pick(adjectives), pick(nouns)] : shape < 0.95 ? [pick(adjectives), pick(materials), pick(nouns)] : [pick(colours), pick(nouns)]
  const kinds = []
  const search_options = {}
  if (r() < 0.2) {
    const w = words.findIndex((x) => x.length >= 4)
    if (w >= 0) {
      words = words.map((x, i) => (i === w ? typo(x, r) : x))
      search_options.typo_tolerance = true
      kinds.push("typo")
    }
  }
  // As the storefront's search box does while typing: the last word as a prefix.
  if (r() < 0.3) {
    search_options.match_strategy = "last"
    words[words.length - 1] = words[words.length - 1].slice(0, Math.max(3, words[words.length - 1].length - 2))
    kinds.push("prefix")
  }
  const filters = { q: words.join(" ") }
  if (r() < 0.35) {
    kinds.push("filters")
    const f = r()
    if (f < 0.25) filters.kind = "product"
    else if (f < 0.5) filters["categories.name"] = pick(CATEGORIES)
    else if (f < 0.75) {
      const lo = Math.floor(r() * 100)
      filters["price.eur"] = { $gte: lo, $lte: lo + 20 + Math.floor(r() * 200) }
    } else {
      filters.in_stock = true
      filters["categories.name"] = pick(CATEGORIES)
    }
  }
  if (r() < 0.25) {
    search_options.facets = FACETS
    kinds.push("facets")
  }
  const pagination = { take: 20, skip: r() < 0.1 ? 20 : 0 }
  if (r() < 0.2) {
    pagination.order = r() < 0.5 ? { "price.eur": r() < 0.5 ? "ASC" : "DESC" } : { created_at: "DESC" }
    kinds.push("sorted")
  }
  if (!kinds.length) kinds.push("plain")
  return { kinds, body: { entity: "catalog", filters, pagination, ...(Object.keys(search_options).length ? { search_options } : {}) } }
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–")

const server = await postgresServer()
let exitCode = 0
try {
  log(`PostgreSQL: ${server.where}`)
  await buildAll()
  const db = await benchDatabase(server)
  const backend = await startBackend({ databaseUrl: db.url, plugins: true })
  try {
    const headers = { "x-publishable-api-key": db.key, "content-type": "application/json" }
    const send = async (body) => {
      const t = performance.now()
      const res = await fetch(`${backend.url}/store/search`, { method: "POST", headers, body: JSON.stringify(body) })
      const json = await res.json()
      const ms = performance.now() - t
      if (res.status !== 200) throw new Error(`search ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
      return { ms, result: json.results[0] }
    }
    // Every product must be findable before measuring: the index holds the whole catalogue.
    const all = await send({ entity: "catalog", pagination: { take: 1 } })
    log(`index "catalog": ${all.result.metadata.count} searchable products (catalogue: ${PRODUCTS} generated + demo)`)
    if (all.result.metadata.count < PRODUCTS) throw new Error(`the search index holds ${all.result.metadata.count} products, fewer than ${PRODUCTS}`)

    for (let n = 0; n < 100; n++) await send(benchQuery(1_000_000 + n).body)
    const rows = []
    for (let n = 0; n < COUNT; n++) {
      const q = benchQuery(n)
      const { ms, result } = await send(q.body)
      rows.push({ kinds: q.kinds, ms, engine_ms: result.metadata.processing_time_ms, hits: result.hits.length, count: result.metadata.count, body: q.body })
      if ((n + 1) % 100 === 0) log(`${n + 1}/${COUNT} queries, p95 so far ${fmt(stats(rows.map((r) => r.ms)).p95)} ms`)
    }
    const overall = stats(rows.map((r) => r.ms))
    const engine = stats(rows.map((r) => r.engine_ms).filter((x) => Number.isFinite(x)))
    const perKind = {}
    for (const kind of ["plain", "typo", "prefix", "filters", "facets", "sorted"]) {
      const sel = rows.filter((r) => r.kinds.includes(kind))
      if (sel.length) perKind[kind] = { ...stats(sel.map((r) => r.ms)), empty: sel.filter((r) => !r.hits).length }
    }
    log(`${COUNT} queries, sequential over HTTP (ms): p50 ${fmt(overall.p50)}  p95 ${fmt(overall.p95)}  p99 ${fmt(overall.p99)}  mean ${fmt(overall.mean)}  max ${fmt(overall.max)}`)
    log(`  the provider's own processing_time_ms: p50 ${fmt(engine.p50)}  p95 ${fmt(engine.p95)}  p99 ${fmt(engine.p99)}  mean ${fmt(engine.mean)}`)
    for (const [kind, s] of Object.entries(perKind)) {
      log(`  ${kind.padEnd(8)} n=${String(s.n).padStart(4)}  p50 ${fmt(s.p50).padStart(6)}  p95 ${fmt(s.p95).padStart(6)}  p99 ${fmt(s.p99).padStart(6)}  mean ${fmt(s.mean).padStart(6)}  (no hits: ${s.empty})`)
    }
    const slowest = [...rows].sort((a, b) => b.ms - a.ms).slice(0, 5)
    log(`  slowest: ${slowest.map((r) => `${fmt(r.ms)} ms ${JSON.stringify(r.body.filters)}${r.body.search_options ? " " + JSON.stringify(r.body.search_options) : ""}`).join("\n           ")}`)
    const r1 = (s) => Object.fromEntries(["n", "p50", "p95", "p99", "mean"].map((k) => [k, k === "n" ? s[k] : +s[k].toFixed(1)]))
    const summary = {
      products: PRODUCTS,
      indexed: all.result.metadata.count,
      queries: COUNT,
      mode: "sequential HTTP",
      ...r1(overall),
      target_p95_ms: 50,
      target_met: overall.p95 < 50,
      engine_ms: r1(engine),
      kinds: Object.fromEntries(Object.entries(perKind).map(([k, s]) => [k, r1(s)])),
    }
    if (!summary.target_met) log(`target missed: p95 ${fmt(overall.p95)} ms ≥ 50 ms`)
    process.stdout.write(`BENCH search ${JSON.stringify(summary)}\n`)
  } finally {
    await stopBackend(backend)
  }
} catch (e) {
  log(`failed: ${e.stack ?? e.message}`)
  exitCode = 1
} finally {
  await stopAllAndWait()
  await server.stop()
}
process.exit(exitCode)
