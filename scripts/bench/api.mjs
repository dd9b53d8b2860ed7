// `npm run bench:api [-- --fresh]`: throughput and latency of the main store endpoints on the
// seeded 50,000-product catalogue, with Vitrina's plugins and without them (plain Medusa, same
// database and configuration: VITRINA_PLUGINS=off), and the ratio ours / plain; then the reads
// again through the edge cache (deploy/edge-cache) in front of our backend, as deployed.
//   BENCH_LEVELS=10,50,200  connections per run
//   BENCH_PER_CONNECTION=5   requests per connection in a run (at least 100 per run): runs are bounded
//                            by count, so a slow endpoint still yields latencies instead of nothing
//   BENCH_ROUNDS=2           the set-ups take turns this many times per endpoint and level, each
//                            round's order rotated by one (ours, plain; plain, ours — with plain2 every
//                            set-up takes every place in turn); each figure pools the latencies of its
//                            rounds, and one-shot endpoints also print each round's ratio to plain
//   BENCH_SETTLE_MS=2000     pause before each measured run (after its carts were prepared), so what a
//                            backend still does after the previous run (events, GC) ends before it
//   BENCH_EDGE_PER_CONNECTION=50   the same through the edge cache (its answers take milliseconds)
//   BENCH_MODES=ours,plain,edge   which set-ups; edge = ours behind the edge cache, reads only;
//                            plain2 = a second plain Medusa, an A/A control: how far two identical
//                            backends' figures differ in the same run (the noise of the ratio);
//                            ours2 = a second backend with our plugins. With a second instance of
//                            either, the ratio compares the instances' pooled latencies (ours and
//                            ours2 against plain and plain2), so one backend process's luck weighs less
//   BENCH_EDGE_WARM=1        edge: first fetch every URL the run draws from once (a warm cache, as a
//                            CDN is in steady state); 0 = the measured runs start cold
//   BENCH_ENDPOINTS=list,detail,search,add,complete (also: regions)
//   BENCH_COMPLETE_CARTS=…   carts completed per level (default: max(30, connections), at most 200)
// The backend is the production build (`medusa build`, started from .medusa/server with
// NODE_ENV=production, admin disabled, no Redis); the load generator runs in this process on the
// same machine (loopback), so both share the CPU. Ends with one line `BENCH api {json}`.
import path from "node:path"
import { freePort, query } from "../lib/postgres.mjs"
import { start, waitForHttp } from "../lib/proc.mjs"
import { ROOT } from "../lib/workspace.mjs"
import { VOCABULARY } from "./lib/products.mjs"
import { checkoutFixtures, client, parallel, prepareCarts } from "./lib/carts.mjs"
import { figures, load, median, rotated, settle } from "./lib/load.mjs"
import { benchDatabase, buildAll, postgresServer, PRODUCTS, say, startBackend, stopAllAndWait, stopBackend } from "./lib/setup.mjs"

const log = say("bench:api")
const LEVELS = (process.env.BENCH_LEVELS || "10,50,200").split(",").map(Number).filter((n) => n > 0)
const PER_CONNECTION = Number(process.env.BENCH_PER_CONNECTION || 5)
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS || 2))
const SETTLE_MS = Math.max(0, Number(process.env.BENCH_SETTLE_MS ?? 2000))
const EDGE_PER_CONNECTION = Number(process.env.BENCH_EDGE_PER_CONNECTION || 50)
const requestsFor = (c) => Math.max(100, PER_CONNECTION * c)
const MODES = (process.env.BENCH_MODES || "ours,plain,edge").split(",")
const EDGE_WARM = process.env.BENCH_EDGE_WARM !== "0"
const READS = ["regions", "list", "detail", "search"]
const ENDPOINTS = (process.env.BENCH_ENDPOINTS || "list,detail,search,add,complete").split(",")
const completeCarts = (c) => Number(process.env.BENCH_COMPLETE_CARTS) || Math.min(200, Math.max(30, c))
const RUN = Date.now().toString(36)
/** Ids the load draws from, read once from the database: stable across both backends. */
async function fixtures(url) {
  const products = (await query(url, "select id from product where handle like 'bench-%' and deleted_at is null order by md5(id) limit 1000")).map((r) => r.id)
  if (products.length < 100) throw new Error("the benchmark catalogue is missing (run with --fresh)")
  return { ...(await checkoutFixtures(url)), products }
}

const words = [...VOCABULARY.nouns, ...VOCABULARY.materials, ...VOCABULARY.adjectives]
const searchBody = (q) => ({ entity: "catalog", filters: { q }, pagination: { take: 20 } })
const LIST_OFFSETS = [0, 20, 40, 60, 80, 100, 200, 500, 1000, 5000]
const cycle = (list) => {
  let i = 0
  return () => list[i++ % list.length]
}

/** Every endpoint as a load definition: `prepare(connections)` → `next()`, plus `amount` for one-shot ones. */
function endpoints(api, fx) {
  let cartSeq = 0
  return {
    // Not a main endpoint: the cheapest store route, the floor every store request pays (publishable
    // key, auth, locale and validation middlewares). Only with BENCH_ENDPOINTS=…,regions.
    regions: {
      label: "GET /store/regions (floor: Medusa's store middleware)",
      prepare: async () => () => ({ method: "GET", path: "/store/regions" }),
      keys: () => [{ method: "GET", path: "/store/regions" }],
    },
    list: {
      label: "GET /store/products (20, region prices)",
      prepare: async () => {
        const offset = cycle(LIST_OFFSETS)
        return () => ({ method: "GET", path: `/store/products?region_id=${fx.regionId}&limit=20&offset=${offset()}` })
      },
      keys: () => LIST_OFFSETS.map((o) => ({ method: "GET", path: `/store/products?region_id=${fx.regionId}&limit=20&offset=${o}` })),
    },
    detail: {
      label: "GET /store/products/:id (region prices)",
      prepare: async () => {
        const id = cycle(fx.products)
        return () => ({ method: "GET", path: `/store/products/${id()}?region_id=${fx.regionId}` })
      },
      keys: () => fx.products.map((id) => ({ method: "GET", path: `/store/products/${id}?region_id=${fx.regionId}` })),
    },
    search: {
      label: "POST /store/search (catalog, 1 word, 20 hits)",
      prepare: async () => {
        const word = cycle(words)
        return () => ({ method: "POST", path: "/store/search", body: searchBody(word()) })
      },
      keys: () => words.map((w) => ({ method: "POST", path: "/store/search", body: searchBody(w) })),
    },
    add: {
      label: "POST /store/carts/:id/line-items",
      // One fresh cart per connection (round robin), so concurrent requests rarely share a cart's lock.
      prepare: async (connections) => {
        const carts = await parallel(connections, 6, async () => (await api("POST", "/store/carts", { region_id: fx.regionId })).cart.id)
        const cart = cycle(carts)
        const variant = cycle(fx.variants.slice(200))
        return () => ({ method: "POST", path: `/store/carts/${cart()}/line-items`, body: { variant_id: variant().variant_id, quantity: 1 } })
      },
    },
    complete: {
      label: "POST /store/carts/:id/complete (1 item, system payment)",
      amount: completeCarts,
      prepare: async (connections) => {
        const n = completeCarts(connections)
        // Guest e-mails unique per run: the fraud rules read each e-mail's history and velocity, so
        // e-mails repeated across runs would give later runs' checkouts more history to read.
        const carts = await prepareCarts(api, fx, n, cartSeq, `bench-${RUN}`)
        cartSeq += n
        const cart = cycle(carts)
        return () => ({ method: "POST", path: `/store/carts/${cart()}/complete` })
      },
      ok: (status, body) => status === 200 && body.includes('"type":"order"'),
      // A burst of 200 completions queues on 2 cores: allow it to finish rather than time out.
      timeout: 180,
    },
  }
}

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "–")

/** The edge cache (deploy/edge-cache/server.js) as its own process in front of `origin`. */
async function startEdge(origin) {
  const port = await freePort()
  const tail = []
  const child = start("node", [path.join(ROOT, "deploy/edge-cache/server.js")], {
    cwd: ROOT,
    env: { ...process.env, EDGE_ORIGIN: origin, EDGE_PORT: String(port), EDGE_HOST: "127.0.0.1", EDGE_TOKEN: "" },
  }, (line) => {
    tail.push(line)
    if (tail.length > 20) tail.shift()
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/__edge/stats`, { timeoutMs: 30_000 }).catch((e) => {
    process.stdout.write(tail.join("\n") + "\n")
    throw e
  })
  return { url, child, stats: async () => (await fetch(`${url}/__edge/stats`)).json() }
}

const share = (d, total) => (total ? d / total : NaN)

/** One figure from several runs: latencies pooled, throughput over their summed time. */
function pool(runs) {
  const { times: _times, ...pooled } = figures({
    connections: runs[0].connections,
    times: runs.flatMap((r) => r.times),
    seconds: runs.reduce((t, r) => t + r.seconds, 0),
    failed: runs.reduce((t, r) => t + r.failed, 0),
    first_failure: runs.find((r) => r.first_failure)?.first_failure ?? null,
  })
  return pooled
}

/**
 * Every backend runs at once (each idles while another is measured). Ours and plain take turns per
 * endpoint and level, ROUNDS times, in rotated order (AB BA …), so slow drifts of the machine —
 * PostgreSQL's cache, a scheduled job, other processes — fall on both alike. The edge cache then runs
 * its levels right after it was warmed (a CDN in steady state keeps its popular URLs fresh).
 */
async function runAll(db, fx) {
  const setups = []
  const results = []
  const headers = { "x-publishable-api-key": db.key }
  try {
    for (const mode of MODES) {
      log(`${mode}: starting the backend (${mode.startsWith("plain") ? "VITRINA_PLUGINS=off" : "all plugins"}${mode === "edge" ? ", behind the edge cache" : ""})`)
      const backend = await startBackend({ databaseUrl: db.url, plugins: !mode.startsWith("plain") })
      const setup = { mode, backend, edge: null, target: backend.url }
      setups.push(setup)
      if (mode === "edge") {
        setup.edge = await startEdge(backend.url)
        setup.target = setup.edge.url
      }
      setup.defs = endpoints(client(backend.url, db.key), fx)
    }
    for (const name of ENDPOINTS) {
      const active = []
      for (const setup of setups) {
        const { mode, backend, edge, target } = setup
        const def = setup.defs[name]
        if (edge && !READS.includes(name)) continue
        if (name === "search") {
          const probe = await fetch(`${backend.url}/store/search`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ entity: "catalog", filters: { q: "lamp" } }) })
          if (probe.status !== 200) {
            if (!mode.startsWith("plain")) throw new Error(`POST /store/search answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`)
            log(`${mode}: ${def.label}: not available (HTTP ${probe.status}) — plain Medusa has no "catalog" index`)
            results.push({ mode, endpoint: name, available: false })
            continue
          }
        }
        if (!edge) {
          // Warm-up: JIT, connection pools, caches (for cart completion: the first completions of a
          // process compile and load the whole checkout path; measured cold, whichever backend went
          // first would pay for it).
          const amount = def.amount ? def.amount(5) : 20
          await load({ url: target, headers, connections: 5, amount, next: await def.prepare(5), ok: def.ok, timeout: def.timeout ?? 120 })
        }
        active.push(setup)
      }
      const measure = async (setup, connections) => {
        const { edge, target } = setup
        const def = setup.defs[name]
        const next = await def.prepare(connections)
        const amount = def.amount ? def.amount(connections) : edge ? Math.max(100, EDGE_PER_CONNECTION * connections) : requestsFor(connections)
        await settle(SETTLE_MS)
        const before = edge ? await edge.stats() : null
        const r = await load({ url: target, headers, connections, amount, next, ok: def.ok, timeout: def.timeout ?? 120 })
        if (edge) {
          const after = await edge.stats()
          const d = (k) => after[k] - before[k]
          const served = d("hit") + d("stale") + d("miss") + d("coalesced")
          r.hit_ratio = +share(d("hit") + d("stale"), served).toFixed(3)
          r.backend_requests = d("miss") + d("revalidated")
        }
        return r
      }
      const report = (mode, r, rounds) =>
        log(
          `${mode.padEnd(5)} ${name.padEnd(8)} c=${String(r.connections).padStart(3)}  ${fmt(r.rps, 1).padStart(7)} req/s  p50 ${fmt(r.p50).padStart(5)}  p95 ${fmt(r.p95).padStart(5)}  p99 ${fmt(r.p99).padStart(5)} ms  (${r.requests} requests${rounds > 1 ? ` in ${rounds} rounds` : ""}${r.hit_ratio !== undefined ? `, ${fmt(r.hit_ratio * 100, 1)}% from the cache, ${r.backend_requests} to the backend` : ""}${r.failed ? `, ${r.failed} FAILED: ${r.first_failure}` : ""})`
        )
      const direct = active.filter((a) => !a.edge)
      for (const [level, connections] of LEVELS.entries()) {
        const runs = new Map(direct.map((a) => [a.mode, []]))
        // one-shot endpoints (cart completion) prepare fresh carts for every run
        const rounds = ROUNDS
        for (let round = 0; round < rounds; round++) {
          // Rotated by one place each round (a Latin square): no set-up always runs first or right
          // after another's burst. With two set-ups this is AB, BA, AB, …
          for (const setup of rotated(direct, level + round)) runs.get(setup.mode).push(await measure(setup, connections))
        }
        // Several instances of a kind: their runs pooled as one figure ("ours:all", "plain:all").
        const instancesOf = (kind) => direct.filter((d) => d.mode === kind || d.mode === `${kind}2`)
        const pooledKinds = ["ours", "plain"].filter((kind) => instancesOf(kind).length >= 2)
        for (const kind of pooledKinds) {
          const instances = instancesOf(kind)
          const r = pool(instances.flatMap((d) => runs.get(d.mode)))
          // Both kinds pooled: each round's ratio of the pooled kinds (the runs of one round are adjacent in time).
          if (kind === "ours" && pooledKinds.includes("plain") && rounds > 1) {
            const roundOf = (k, i) => pool(instancesOf(k).map((d) => runs.get(d.mode)[i]))
            r.round_p95_ratios = Array.from({ length: rounds }, (_, i) => +(roundOf("ours", i).p95 / roundOf("plain", i).p95).toFixed(2))
          }
          results.push({ mode: `${kind}:all`, endpoint: name, available: true, instances: instances.length, ...r })
          report(`${kind}:all`, r, rounds * instances.length)
          if (r.round_p95_ratios) log(`pooled   ${name.padEnd(8)} c=${String(connections).padStart(3)}  p95 ours:all/plain:all round by round: ${r.round_p95_ratios.join(" ")} (median ${median(r.round_p95_ratios).toFixed(2)})`)
        }
        for (const setup of direct) {
          const r = pool(runs.get(setup.mode))
          // Round by round against plain's run of the same round (adjacent in time): how far one
          // round's ratio strays, and its median, which one slow round cannot move.
          // ours2 is compared with ours (the A/A control of our backend), the rest with plain.
          const base = runs.get(setup.mode === "ours2" ? "ours" : "plain")
          if (setup.mode !== "plain" && base && rounds > 1) r.round_p95_ratios = runs.get(setup.mode).map((x, i) => +(x.p95 / base[i].p95).toFixed(2))
          results.push({ mode: setup.mode, endpoint: name, available: true, ...r })
          report(setup.mode, r, rounds)
          if (r.round_p95_ratios) log(`${setup.mode.padEnd(5)} ${name.padEnd(8)} c=${String(connections).padStart(3)}  p95 ${setup.mode}/${setup.mode === "ours2" ? "ours" : "plain"} round by round: ${r.round_p95_ratios.join(" ")} (median ${median(r.round_p95_ratios).toFixed(2)})`)
        }
      }
      for (const setup of active.filter((a) => a.edge)) {
        const def = setup.defs[name]
        if (EDGE_WARM) {
          // A CDN in steady state: every URL of the run fetched once (misses at the backend's pace).
          const keys = def.keys()
          const t0 = Date.now()
          await parallel(keys.length, 8, async (i) => {
            const k = keys[i]
            const res = await fetch(setup.target + k.path, { method: k.method, headers: { ...headers, "content-type": "application/json" }, body: k.body ? JSON.stringify(k.body) : undefined })
            await res.arrayBuffer()
            if (!res.ok) throw new Error(`${k.method} ${k.path} → ${res.status}`)
          })
          log(`edge  ${name.padEnd(8)} warmed ${keys.length} URLs in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
        }
        for (const connections of LEVELS) {
          const r = await measure(setup, connections)
          delete r.times
          results.push({ mode: setup.mode, endpoint: name, available: true, ...r })
          report(setup.mode, r, 1)
        }
      }
    }
  } finally {
    for (const setup of setups) {
      if (setup.edge) await stopBackend(setup.edge)
      await stopBackend(setup.backend)
    }
  }
  return results
}

const server = await postgresServer()
let exitCode = 0
try {
  log(`PostgreSQL: ${server.where}`)
  await buildAll()
  const db = await benchDatabase(server)
  const fx = await fixtures(db.url)
  const results = await runAll(db, fx)

  const table = []
  const comparisons = []
  for (const name of ENDPOINTS) {
    for (const connections of LEVELS) {
      const find = (mode) => results.find((r) => r.mode === mode && r.endpoint === name && r.connections === connections)
      // With second instances, the pooled figures of each kind are compared.
      const ours = find("ours:all") ?? find("ours")
      const plain = find("plain:all") ?? find("plain")
      const ours2 = find("ours2")
      const plainMissing = results.some((r) => r.mode === "plain" && r.endpoint === name && !r.available)
      const edge = results.find((r) => r.mode === "edge" && r.endpoint === name && r.connections === connections)
      const plain2 = find("plain2")
      const row = { endpoint: name, c: connections }
      if (ours) Object.assign(row, { ours_rps: +ours.rps.toFixed(1), ours_p50: ours.p50, ours_p95: ours.p95, ours_p99: ours.p99, ours_failed: ours.failed })
      if (plain) Object.assign(row, { plain_rps: +plain.rps.toFixed(1), plain_p50: plain.p50, plain_p95: plain.p95, plain_p99: plain.p99, plain_failed: plain.failed })
      // A/A: the second instance against the first of the same kind (not against the pooled figure).
      const plain1 = find("plain")
      const ours1 = find("ours")
      if (plain2?.requests && plain1?.requests) Object.assign(row, { aa_p95_ratio: +(plain2.p95 / plain1.p95).toFixed(2), aa_rps_ratio: +(plain2.rps / plain1.rps).toFixed(2) })
      if (ours2?.requests && ours1?.requests) Object.assign(row, { aa_ours_p95_ratio: +(ours2.p95 / ours1.p95).toFixed(2), aa_ours_rps_ratio: +(ours2.rps / ours1.rps).toFixed(2) })
      if (ours?.instances) Object.assign(row, { ours_instances: ours.instances })
      if (plain?.instances) Object.assign(row, { plain_instances: plain.instances })
      // Round by round: the pooled kinds when there are second instances, else ours against plain.
      const byRound = find("ours:all")?.round_p95_ratios ?? ours1?.round_p95_ratios
      if (byRound) Object.assign(row, { round_p95_ratios: byRound, round_p95_ratio_median: +median(byRound).toFixed(2) })
      if (plain2?.round_p95_ratios) Object.assign(row, { aa_round_p95_ratios: plain2.round_p95_ratios, aa_round_p95_ratio_median: +median(plain2.round_p95_ratios).toFixed(2) })
      if (edge) Object.assign(row, { edge_rps: +edge.rps.toFixed(1), edge_p50: edge.p50, edge_p95: edge.p95, edge_p99: edge.p99, edge_hit_ratio: edge.hit_ratio, edge_failed: edge.failed })
      if (ours?.requests && plain?.requests) {
        row.p95_ratio = +(ours.p95 / plain.p95).toFixed(2)
        row.rps_ratio = +(ours.rps / plain.rps).toFixed(2)
        comparisons.push(row)
      } else if (plainMissing) {
        row.plain = "n/a (no such endpoint in plain Medusa)"
      }
      if (ours || plain || edge) table.push(row)
    }
  }
  log("summary (latencies in ms):")
  process.stdout.write(
    [
      "endpoint  c     ours req/s  p50   p95   p99 | plain req/s  p50   p95   p99 | p95 ours/plain  req/s ours/plain | edge req/s  p50   p95   p99  cached",
      ...table.map(
        (r) =>
          `${r.endpoint.padEnd(9)} ${String(r.c).padStart(3)}  ${fmt(r.ours_rps, 1).padStart(9)} ${fmt(r.ours_p50).padStart(5)} ${fmt(r.ours_p95).padStart(5)} ${fmt(r.ours_p99).padStart(5)} | ${fmt(r.plain_rps, 1).padStart(9)} ${fmt(r.plain_p50).padStart(5)} ${fmt(r.plain_p95).padStart(5)} ${fmt(r.plain_p99).padStart(5)} | ${r.plain ? "n/a (plain has none)".padEnd(32) : `${fmt(r.p95_ratio, 2).padStart(14)}  ${fmt(r.rps_ratio, 2).padStart(16)}`} | ${fmt(r.edge_rps, 1).padStart(9)} ${fmt(r.edge_p50).padStart(5)} ${fmt(r.edge_p95).padStart(5)} ${fmt(r.edge_p99).padStart(5)}  ${r.edge_hit_ratio === undefined ? "" : `${fmt(r.edge_hit_ratio * 100, 1)}%`}`
      ),
    ].join("\n") + "\n"
  )
  // Targets: ours within 1.1 × plain's p95; reads under 300 ms p95 at 200 connections — as deployed,
  // through the edge cache when that was measured (the backend alone is listed as well, as information).
  const reads = ["list", "detail", "search"]
  const at200 = table.filter((r) => reads.includes(r.endpoint) && r.c === 200)
  const viaEdge = at200.some((r) => r.edge_p95 !== undefined)
  const misses = [
    ...comparisons.filter((r) => r.p95_ratio > 1.1).map((r) => `${r.endpoint}@${r.c} p95 ${r.p95_ratio}× plain`),
    ...at200.filter((r) => (viaEdge ? r.edge_p95 : r.ours_p95) >= 300).map((r) => `${r.endpoint}@200 p95 ${viaEdge ? r.edge_p95 : r.ours_p95} ms ≥ 300${viaEdge ? " (edge)" : ""}`),
  ]
  const backendOnly = at200.filter((r) => r.ours_p95 >= 300).map((r) => `${r.endpoint}@200 ${fmt(r.ours_p95)} ms`)
  if (viaEdge && backendOnly.length) log(`backend alone (no cache) at 200 connections, p95: ${backendOnly.join("; ")}`)
  const aa = table.filter((r) => r.aa_p95_ratio !== undefined)
  if (aa.length) {
    const range = (k) => `${Math.min(...aa.map((r) => r[k])).toFixed(2)}–${Math.max(...aa.map((r) => r[k])).toFixed(2)}`
    log(`A/A control, two plain Medusa backends: p95 plain2/plain ${range("aa_p95_ratio")}, req/s ${range("aa_rps_ratio")} (${aa.map((r) => `${r.endpoint}@${r.c} ${r.aa_p95_ratio}`).join(", ")})`)
  }
  const aaOurs = table.filter((r) => r.aa_ours_p95_ratio !== undefined)
  if (aaOurs.length) log(`A/A control, two backends with our plugins: p95 ours2/ours ${aaOurs.map((r) => `${r.endpoint}@${r.c} ${r.aa_ours_p95_ratio}`).join(", ")}`)
  const pooledRows = table.filter((r) => r.ours_instances || r.plain_instances)
  if (pooledRows.length) log(`ours / plain compares ${pooledRows[0].ours_instances ?? 1} instance(s) of ours with ${pooledRows[0].plain_instances ?? 1} of plain, latencies pooled per kind`)
  const failures = results.filter((r) => r.failed).map((r) => `${r.mode} ${r.endpoint}@${r.connections}: ${r.failed} failed`)
  if (misses.length) log(`targets missed: ${misses.join("; ")}`)
  if (failures.length) {
    log(`requests failed: ${failures.join("; ")}`)
    exitCode = 1
  }
  process.stdout.write(`BENCH api ${JSON.stringify({ products: PRODUCTS, requests_per_connection: PER_CONNECTION, edge_requests_per_connection: MODES.includes("edge") ? EDGE_PER_CONNECTION : undefined, levels: LEVELS, edge_warm: MODES.includes("edge") ? EDGE_WARM : undefined, results: table, targets_missed: misses, failures })}\n`)
} catch (e) {
  log(`failed: ${e.stack ?? e.message}`)
  exitCode = 1
} finally {
  await stopAllAndWait()
  await server.stop()
}
process.exit(exitCode)
