// `npm test`: lint, type-check every workspace, then unit, module, HTTP and browser tests on a real
// PostgreSQL — DATABASE_URL or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD when set, else an embedded
// server — and a closing line `N passed, N failed`.
//   --only=lint,typecheck,unit,modules,http,e2e   run a subset (default: all)
//   TEST_REDIS_URL=redis://…   also runs one HTTP suite with Medusa's Redis modules
//   TEST_HTTP_CONCURRENCY=N    HTTP spec files run N at a time (default 2; 1 = one after another)
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { dropDatabase, ensureDatabase, freePort, query, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { run, start, stopAllAndWait, waitForHttp } from "./lib/proc.mjs"
import { BACKEND, baseEnv, buildPlugins, ROOT, STOREFRONT } from "./lib/workspace.mjs"

const only = (process.argv.find((a) => a.startsWith("--only=")) ?? "--only=lint,typecheck,unit,modules,http,e2e")
  .slice("--only=".length)
  .split(",")
const wants = (step) => only.includes(step)
const say = (m) => process.stdout.write(`\n[test] ${m}\n`)
const OUT = path.join(ROOT, ".tmp/test-results")
rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })

const tally = { passed: 0, failed: 0, skipped: 0 }
const failures = []
const timings = []

/** Errors already counted in the tally by check() or jest(). */
const counted = new WeakSet()

/** A named step; a failure of a step that is not itself a test (a build, a start) counts as one failed. */
async function step(name, fn) {
  const t = Date.now()
  say(`${name}…`)
  try {
    await fn()
  } catch (e) {
    failures.push(`${name}: ${e.message}`)
    if (!counted.has(e)) tally.failed++
  }
  timings.push(`${name} ${((Date.now() - t) / 1000).toFixed(0)} s`)
}

/** A check that is not a jest suite (lint, tsc) counts as one test. */
async function check(name, fn) {
  await step(name, async () => {
    try {
      await fn()
      tally.passed++
    } catch (e) {
      tally.failed++
      counted.add(e)
      throw e
    }
  })
}

/** Spec files directly under `dir` (relative to `cwd`). */
function specFiles(cwd, dir) {
  return readdirSync(path.join(cwd, dir))
    .filter((f) => /\.spec\.[jt]s$/.test(f))
    .sort()
    .map((f) => path.join(dir, f))
}

/**
 * Medusa's test runner boots the app through dynamic import(), whose module cache is shared by all
 * test files of one jest process, so a second file fails to load; each file gets its own process.
 * `TEST_HTTP_CONCURRENCY` (default 2) files run at once, each on its own database and port; the
 * longest files start first, and each file's output is printed in one piece when it ends.
 * (Measured: 2 at a time take the HTTP tier from 13.5 to about 7 minutes on 2 cores: much of a
 * file's time is spent waiting on PostgreSQL and on the app's start.)
 */
async function jestPerFile(name, files, args, opts) {
  const concurrency = Math.max(1, Number(process.env.TEST_HTTP_CONCURRENCY) || 2)
  // Isolation matrices (one test per route, the longest files) first, then larger files first.
  const weight = (f) => (/isolation/.test(f) ? 1e9 : 0) + statSync(path.join(opts.cwd, f)).size
  const queue = [...files].sort((a, b) => weight(b) - weight(a))
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const label = `${name} ${path.basename(file)}`
      if (concurrency === 1) {
        await jest(label, [...args, file], opts)
        continue
      }
      const log = path.join(OUT, `${label.replace(/[^\w.-]+/g, "_")}.log`)
      const fd = openSync(log, "w")
      try {
        await jest(label, [...args, file], { ...opts, stdio: ["ignore", fd, fd] })
      } finally {
        closeSync(fd)
        process.stdout.write(`\n[test] ${label} output:\n${readFileSync(log, "utf8")}`)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker))
}

/** Runs jest and adds its per-test results to the tally (a suite that fails to load counts as failed). */
async function jest(name, args, opts) {
  const file = path.join(OUT, `${name.replace(/[^\w.-]+/g, "_")}.json`)
  await step(name, async () => {
    let error
    try {
      await run("jest", [...args, "--json", `--outputFile=${file}`], opts)
    } catch (e) {
      error = e
    }
    const fail = (message) => {
      const e = new Error(message)
      counted.add(e)
      return e
    }
    let r
    try {
      r = JSON.parse(readFileSync(file, "utf8"))
    } catch {
      tally.failed++
      throw fail(`jest produced no results${error ? ` (${error.message})` : ""}`)
    }
    const brokenSuites = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length
    tally.passed += r.numPassedTests
    tally.failed += r.numFailedTests + brokenSuites
    tally.skipped += r.numPendingTests + r.numTodoTests
    if (r.numTotalTests === 0 && !brokenSuites) {
      tally.failed++
      throw fail("no test ran")
    }
    if (error || !r.success) throw fail(error?.message ?? "failures")
  })
}

const env = baseEnv({ NODE_ENV: "test" })
let embedded = null

try {
  const needsPlugins = ["typecheck", "modules", "http", "e2e"].some(wants)
  if (needsPlugins) {
    // Medusa skips an unbuilt plugin silently, and the backend's code imports their built output.
    await step("build plugins", () => buildPlugins())
  }
  if (wants("lint")) {
    await check("lint", () => run("eslint", ["--max-warnings=0", "."], { cwd: ROOT, env }))
  }
  if (wants("typecheck")) {
    for (const ws of ["plugins/marketplace", "plugins/courses", "plugins/catalog-import", "plugins/search-typesense", "plugins/reviews", "admin-extensions", "backend", "storefront"]) {
      await check(`typecheck ${ws}`, () => run("npm", ["run", "--silent", "typecheck"], { cwd: path.join(ROOT, ws), env }))
    }
    await check("typecheck e2e", () => run("tsc", ["--noEmit", "-p", "e2e/tsconfig.json"], { cwd: ROOT, env }))
  }
  if (wants("unit")) {
    await jest("unit", ["--ci"], { cwd: ROOT, env: { ...env, TEST_TYPE: "unit" } })
  }

  const needsDb = ["modules", "http", "e2e"].some(wants)
  if (needsDb) {
    // Where PostgreSQL is: DB_* (Medusa's test runner), DATABASE_URL, or embedded.
    if (!process.env.DB_HOST && process.env.DATABASE_URL) {
      const u = new URL(process.env.DATABASE_URL)
      Object.assign(env, {
        DB_HOST: u.hostname === "127.0.0.1" ? "localhost" : u.hostname,
        DB_PORT: u.port || "5432",
        DB_USERNAME: decodeURIComponent(u.username),
        DB_PASSWORD: decodeURIComponent(u.password),
      })
    }
    if (!env.DB_HOST) {
      const port = await freePort()
      // Outside the work tree: as root, PostgreSQL runs as the `postgres` user, which needs to reach it.
      const dir = path.join(os.tmpdir(), `vitrina-test-pg-${process.pid}`)
      say(`starting embedded PostgreSQL on :${port}`)
      embedded = await startEmbeddedPostgres({ dir, port })
      Object.assign(env, { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: embedded.user, DB_PASSWORD: embedded.password })
      process.on("exit", () => rmSync(dir, { recursive: true, force: true }))
    } else {
      say(`using PostgreSQL at ${env.DB_HOST}:${env.DB_PORT || 5432}`)
    }
  }
  const serverUrl = (db) =>
    `postgres://${encodeURIComponent(env.DB_USERNAME || "postgres")}${env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""}@${env.DB_HOST}:${env.DB_PORT || 5432}/${db}`

  if (wants("modules")) {
    await jest("modules", ["--ci", "--runInBand"], {
      cwd: ROOT,
      env: { ...env, TEST_TYPE: "integration:modules", NODE_OPTIONS: "--experimental-vm-modules" },
    })
  }
  if (wants("http")) {
    await jestPerFile("http", specFiles(BACKEND, "integration-tests/http"), ["--ci", "--runInBand", "--forceExit"], {
      cwd: BACKEND,
      env: { ...env, TEST_TYPE: "integration:http", NODE_OPTIONS: "--experimental-vm-modules" },
    })
  }
  if (wants("http")) {
    if (process.env.TEST_REDIS_URL) {
      await jest("http on redis", ["--ci", "--runInBand", "--forceExit"], {
        cwd: BACKEND,
        env: { ...env, TEST_TYPE: "integration:http-redis", REDIS_URL: process.env.TEST_REDIS_URL, NODE_OPTIONS: "--experimental-vm-modules" },
      })
    } else {
      say("http on redis: skipped (set TEST_REDIS_URL to run the backend on Redis once)")
      tally.skipped++
    }
  }
  if (wants("e2e")) {
    await step("e2e platform", async () => {
      const db = `vitrina_e2e_${process.pid}`
      await dropDatabase(serverUrl("postgres"), db)
      await ensureDatabase(serverUrl("postgres"), db)
      const [backendPort, storefrontPort] = [await freePort(), await freePort()]
      const backendUrl = `http://localhost:${backendPort}`
      const storefrontUrl = `http://localhost:${storefrontPort}`
      const e2eEnv = {
        ...env,
        NODE_ENV: "development",
        DATABASE_URL: serverUrl(db),
        MEDUSA_BACKEND_URL: backendUrl,
        STOREFRONT_URL: storefrontUrl,
        NEXT_PUBLIC_BASE_URL: storefrontUrl,
      }
      const log = (prefix) => (line) => {
        if (process.env.E2E_VERBOSE || /error|fail/i.test(line)) process.stdout.write(`${prefix} ${line}\n`)
      }
      await run("medusa", ["db:migrate"], { cwd: BACKEND, env: e2eEnv, stdio: "ignore" })
      await run("medusa", ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND, env: e2eEnv, stdio: "ignore" })
      const [key] = await query(serverUrl(db), "select token from api_key where type='publishable' and revoked_at is null order by created_at limit 1")
      start("medusa", ["develop", "--port", String(backendPort)], { cwd: BACKEND, env: e2eEnv }, log("[backend]"))
      await waitForHttp(`${backendUrl}/health`, { timeoutMs: 180_000 })
      const sfEnv = { ...e2eEnv, NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: key.token }
      await run("next", ["build"], { cwd: STOREFRONT, env: sfEnv, stdio: ["ignore", "ignore", "inherit"] })
      start("next", ["start", "-p", String(storefrontPort)], { cwd: STOREFRONT, env: sfEnv }, log("[storefront]"))
      await waitForHttp(`${storefrontUrl}/en`, { timeoutMs: 120_000 })
      Object.assign(env, { E2E_BACKEND_URL: backendUrl, E2E_STOREFRONT_URL: storefrontUrl, E2E_PUBLISHABLE_KEY: key.token, E2E_DATABASE_URL: serverUrl(db) })
    })
    if (env.E2E_STOREFRONT_URL) {
      // E2E_FILES=search,courses runs only those browser specs (development)
      const files = (process.env.E2E_FILES ?? "").split(",").filter(Boolean).map((f) => `e2e/${f}.e2e.spec.ts`)
      await jest("e2e", ["--ci", "--runInBand", ...files], { cwd: ROOT, env: { ...env, TEST_TYPE: "e2e" } })
    }
  }
} finally {
  await stopAllAndWait()
  if (embedded) await embedded.stop()
}

say(`timings: ${timings.join(", ")}`)
if (failures.length) say(`failed steps:\n  ${failures.join("\n  ")}`)
process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}\n`)
process.exit(tally.failed || failures.length ? 1 : 0)
