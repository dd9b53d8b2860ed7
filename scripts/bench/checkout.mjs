// `npm run bench:checkout`: what one cart completion costs, ours against plain Medusa, one
// completion at a time (no queueing): latency and the backend process's CPU time per completion
// (from /proc, user + system, all its threads). bench:api measures completion under load; this
// says where a difference comes from before any queue multiplies it.
//   BENCH_CHECKOUTS=40   completions per backend and round (after 10 warm-up completions each)
//   BENCH_ROUNDS=2       rounds, each in an order rotated by one place (ours, plain; plain, ours), pooled
//   BENCH_SETTLE_MS=2000 pause between preparing a round's carts and completing them
//   BENCH_MODES=ours,plain   plain2 adds a second plain Medusa, ours2 a second one with our plugins:
//                        A/A controls (how far two identical backends differ in the same run)
// Same database, build and set-ups as bench:api (BENCH_NO_BUILD=1, BENCH_NO_SEED=1 apply). Carts:
// one in-stock item of one seller, address, its seller's shipping, a system-provider payment
// session, a guest e-mail — prepared through the store API before each measured run.
// Ends with one line `BENCH checkout {json}`.
import { readFileSync } from "node:fs"
import { checkoutFixtures, client, prepareCarts } from "./lib/carts.mjs"
import { rotated, settle, stats } from "./lib/load.mjs"
import { benchDatabase, buildAll, postgresServer, say, startBackend, stopAllAndWait, stopBackend } from "./lib/setup.mjs"

const log = say("bench:checkout")
const CHECKOUTS = Math.max(5, Number(process.env.BENCH_CHECKOUTS || 40))
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS || 2))
const SETTLE_MS = Math.max(0, Number(process.env.BENCH_SETTLE_MS ?? 2000))
const MODES = (process.env.BENCH_MODES || "ours,plain").split(",").filter(Boolean)
if (!MODES.includes("ours") || !MODES.includes("plain")) throw new Error("BENCH_MODES must name ours and plain")
// Guest e-mails unique per run: the fraud rules count orders per e-mail.
const RUN = Date.now().toString(36)

/** CPU seconds (user + system) the process has used so far; null where /proc is not readable. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    // after "pid (comm) ": state is field 3, utime field 14, stime field 15 (clock ticks, 100 Hz on Linux)
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

async function main() {
  const server = await postgresServer()
  log(`PostgreSQL: ${server.where}`)
  try {
    await buildAll()
    const db = await benchDatabase(server)
    const fx = await checkoutFixtures(db.url, 500)
    log(`starting ${MODES.map((m) => `${m} (${m.startsWith("plain") ? "VITRINA_PLUGINS=off" : "all plugins"})`).join(", ")}`)
    const backends = await Promise.all(MODES.map((m) => startBackend({ databaseUrl: db.url, plugins: !m.startsWith("plain") })))
    const setups = MODES.map((mode, i) => ({ mode, backend: backends[i], times: [], cpu: 0, n: 0, rounds: [] }))
    let seq = 0
    const complete = async (setup, n, record) => {
      const call = client(setup.backend.url, db.key)
      const carts = await prepareCarts(call, fx, n, seq, `checkout-${RUN}`)
      seq += n
      // What the backend still does after preparing the carts (events, GC) ends before the window.
      await settle(SETTLE_MS)
      const cpu0 = cpuSeconds(setup.backend.child.pid)
      for (const id of carts) {
        const t0 = performance.now()
        const { type } = await call("POST", `/store/carts/${id}/complete`)
        if (type !== "order") throw new Error(`${setup.mode}: cart ${id} did not complete`)
        if (record) setup.times.push(performance.now() - t0)
      }
      const cpu1 = cpuSeconds(setup.backend.child.pid)
      if (record && cpu0 !== null && cpu1 !== null) {
        setup.cpu += cpu1 - cpu0
        setup.n += carts.length
        setup.rounds.push((1000 * (cpu1 - cpu0)) / carts.length)
      }
    }
    for (const setup of setups) await complete(setup, 10, false) // warm-up: the first completions compile the path
    for (let round = 0; round < ROUNDS; round++) {
      for (const setup of rotated(setups, round)) {
        await complete(setup, CHECKOUTS, true)
        log(`${setup.mode.padEnd(5)} round ${round + 1}: ${CHECKOUTS} completions`)
      }
    }
    const result = {}
    for (const setup of setups) {
      const s = stats(setup.times)
      const cpuMs = setup.n ? (1000 * setup.cpu) / setup.n : null
      result[setup.mode] = { completions: setup.times.length, p50: s.p50, mean: s.mean, p95: s.p95, cpu_ms: cpuMs === null ? null : +cpuMs.toFixed(1) }
      log(`${setup.mode.padEnd(5)} ${setup.times.length} completions, one at a time: p50 ${s.p50.toFixed(0)} ms, mean ${s.mean.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms; backend CPU ${cpuMs === null ? "n/a" : `${cpuMs.toFixed(0)} ms`} per completion`)
    }
    const ratios = (mode) => {
      const ratio = (k) => (result.plain[k] ? +(result[mode][k] / result.plain[k]).toFixed(2) : null)
      return { p50: ratio("p50"), mean: ratio("mean"), p95: ratio("p95"), cpu_ms: result[mode].cpu_ms && result.plain.cpu_ms ? ratio("cpu_ms") : null }
    }
    const plainSetup = setups.find((s) => s.mode === "plain")
    for (const setup of setups.filter((s) => s.mode !== "plain")) {
      const r = ratios(setup.mode)
      // Round by round: the CPU ratio of each round's runs (adjacent in time).
      const perRound = setup.rounds.map((c, i) => +(c / plainSetup.rounds[i]).toFixed(2))
      if (setup.mode === "ours") result.ratio = { ...r, cpu_rounds: perRound }
      else result[`ratio_${setup.mode}`] = { ...r, cpu_rounds: perRound }
      log(`${setup.mode} / plain: p50 ${r.p50}, mean ${r.mean}, p95 ${r.p95}, CPU per completion ${r.cpu_ms ?? "n/a"} (round by round: ${perRound.join(" ") || "n/a"})`)
    }
    await Promise.all(backends.map((b) => stopBackend(b)))
    process.stdout.write(`BENCH checkout ${JSON.stringify({ checkouts: CHECKOUTS, rounds: ROUNDS, modes: MODES, ...result })}\n`)
  } finally {
    await stopAllAndWait()
    await server.stop()
  }
}

main().catch(async (e) => {
  process.stderr.write(`${e.stack ?? e}\n`)
  await stopAllAndWait()
  process.exit(1)
})
