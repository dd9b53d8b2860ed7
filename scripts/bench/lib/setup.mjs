// What every benchmark needs: a PostgreSQL server, the seeded benchmark database, the built
// plugins, and a production build of the backend started on that database.
//   PostgreSQL: DATABASE_URL (its server; the database is ours), else DB_HOST/DB_PORT/DB_USERNAME/
//   DB_PASSWORD, else the machine's server at localhost:5432 (user postgres) if it answers, else an
//   embedded server with its data in .data/bench-postgres (kept, so the catalogue is seeded once).
//   BENCH_PRODUCTS (default 50,000) products in database `vitrina_bench` (`vitrina_bench_<n>` for
//   other sizes), reused when already seeded; `--fresh` rebuilds it.
//   For developing the benchmarks: BENCH_NO_BUILD=1 skips the builds, BENCH_NO_SEED=1 uses the
//   database as it is.
import { existsSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { dropDatabase, ensureDatabase, freePort, query, startEmbeddedPostgres, withDatabase } from "../../lib/postgres.mjs"
import { run, start, stopAllAndWait, waitForHttp } from "../../lib/proc.mjs"
import { BACKEND, baseEnv, buildPlugins, ROOT } from "../../lib/workspace.mjs"

export const say = (tag) => (m) => process.stdout.write(`[${tag}] ${m}\n`)
const log = say("bench")

export const PRODUCTS = Number(process.env.BENCH_PRODUCTS || 50_000)
export const FRESH = process.argv.includes("--fresh")

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** A URL to the `postgres` database of the server to use, and how to stop it (embedded only). */
export async function postgresServer() {
  if (process.env.DATABASE_URL) return { url: withDatabase(process.env.DATABASE_URL, "postgres"), where: "DATABASE_URL", stop: async () => {} }
  if (process.env.DB_HOST) {
    const { DB_HOST, DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
    const auth = `${encodeURIComponent(DB_USERNAME)}${DB_PASSWORD ? `:${encodeURIComponent(DB_PASSWORD)}` : ""}`
    return { url: `postgres://${auth}@${DB_HOST}:${DB_PORT}/postgres`, where: `DB_HOST ${DB_HOST}:${DB_PORT}`, stop: async () => {} }
  }
  const machine = "postgres://postgres@localhost:5432/postgres"
  if (await answers(machine)) return { url: machine, where: "localhost:5432", stop: async () => {} }
  const dir = path.join(ROOT, ".data/bench-postgres")
  const port = Number(process.env.EMBEDDED_PG_PORT || 54339)
  log(`no PostgreSQL configured or at localhost:5432: embedded server on :${port} (data in .data/bench-postgres)`)
  const embedded = await startEmbeddedPostgres({ dir, port })
  return { url: embedded.urlFor("postgres"), where: `embedded :${port}`, stop: () => embedded.stop() }
}

/** Products recorded by a completed catalogue load, or 0. */
async function seededProducts(url) {
  try {
    const [row] = await query(url, "select metadata->'vitrina_bench_catalog'->>'products' as n from store limit 1")
    return Number(row?.n || 0)
  } catch {
    return 0
  }
}

/**
 * The seeded benchmark database: migrated, the demo seed (regions, sales channel, publishable
 * key, vendors), then PRODUCTS products through the catalog-import batch workflow and a search
 * index holding them all. Resumes a load that stopped part-way. Returns its URL and the key.
 */
export async function benchDatabase(server) {
  const name = process.env.BENCH_DB || (PRODUCTS === 50_000 ? "vitrina_bench" : `vitrina_bench_${PRODUCTS}`)
  const url = withDatabase(server.url, name)
  if (FRESH) {
    log(`--fresh: dropping ${name}`)
    await dropDatabase(server.url, name)
  }
  await ensureDatabase(server.url, name)
  const env = baseEnv({ DATABASE_URL: url, NODE_ENV: "development" })
  const have = await seededProducts(url)
  if (process.env.BENCH_NO_SEED === "1") {
    log(`${name}: BENCH_NO_SEED=1, used as it is (${have} products recorded)`)
  } else if (have === PRODUCTS) {
    log(`${name}: ${PRODUCTS} products already seeded (--fresh rebuilds); applying pending migrations`)
    // A database seeded by an earlier checkout gets this one's schema (new indexes, columns).
    await run("medusa", ["db:migrate", "--skip-scripts"], { cwd: BACKEND, env, stdio: ["ignore", "ignore", "inherit"] })
  } else {
    const t0 = Date.now()
    log(`${name}: migrating`)
    await run("medusa", ["db:migrate"], { cwd: BACKEND, env, stdio: ["ignore", "ignore", "inherit"] })
    log(`${name}: demo seed (regions, sales channel, publishable key, vendors)`)
    await run("medusa", ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND, env, stdio: ["ignore", "ignore", "inherit"] })
    log(`${name}: importing ${PRODUCTS} products through the catalog-import batch workflow (resumes where a previous run stopped)`)
    const lines = []
    // (On a fresh database the index refuses the import's events until it is built: those errors are expected.)
    await runLines("medusa", ["exec", "../scripts/bench/lib/import-catalog.cjs", String(PRODUCTS), process.env.BENCH_IMPORT_BATCH || "500"], { cwd: BACKEND, env }, (line) => {
      lines.push(line)
      if (lines.length > 200) lines.shift()
      const plain = line.replace(/\x1b\[[0-9;]*m/g, "")
      if (/bench catalogue:|\[Search\] (Reindex|Seed)/.test(plain)) log(plain.replace(/^\w+:\s+/, ""))
    }).catch((e) => {
      process.stdout.write(lines.slice(-40).join("\n") + "\n")
      throw e
    })
    const summary = lines.find((l) => l.startsWith("BENCH_CATALOG "))
    if (!summary) throw new Error("the catalogue import printed no summary")
    log(`${name}: seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${summary.slice("BENCH_CATALOG ".length)}`)
  }
  const [key] = await query(url, "select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1")
  if (!key) throw new Error(`no publishable key in ${name}`)
  return { name, url, key: key.token }
}

/** Plugins (Medusa skips unbuilt ones), then `medusa build` of the backend without the admin. */
export async function buildAll() {
  if (process.env.BENCH_NO_BUILD === "1") return log("BENCH_NO_BUILD=1: plugins and backend used as built")
  log("building plugins")
  await buildPlugins()
  log("building the backend (medusa build, admin disabled)")
  await run("medusa", ["build"], { cwd: BACKEND, env: baseEnv({ DISABLE_MEDUSA_ADMIN: "true", NODE_ENV: "production" }), stdio: ["ignore", "ignore", "inherit"] })
}

/**
 * The built backend (`.medusa/server`, NODE_ENV=production, admin disabled) on `databaseUrl`.
 * `plugins: false` sets VITRINA_PLUGINS=off: plain Medusa, same database and configuration.
 */
export async function startBackend({ databaseUrl, plugins = true }) {
  const server = path.join(BACKEND, ".medusa/server")
  if (!existsSync(path.join(server, "medusa-config.js"))) throw new Error("backend not built")
  const port = await freePort()
  const url = `http://localhost:${port}`
  const tail = []
  const child = start(
    "medusa",
    ["start", "--port", String(port)],
    {
      cwd: server,
      env: baseEnv({
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        DISABLE_MEDUSA_ADMIN: "true",
        MEDUSA_BACKEND_URL: url,
        PORT: String(port),
        VITRINA_PLUGINS: plugins ? "on" : "off",
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL || "warn",
      }),
    },
    (line) => {
      tail.push(line)
      if (tail.length > 50) tail.shift()
    }
  )
  try {
    await waitForHttp(`${url}/health`, { timeoutMs: 180_000 })
  } catch (e) {
    process.stdout.write(tail.join("\n") + "\n")
    throw e
  }
  return { url, child, logTail: () => tail.join("\n") }
}

export async function stopBackend(backend) {
  const done = new Promise((r) => (backend.child.exitCode !== null ? r() : backend.child.once("exit", r)))
  try {
    process.kill(-backend.child.pid, "SIGTERM")
  } catch {
    // gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-backend.child.pid, "SIGKILL")
    } catch {
      // gone
    }
  }, 10_000)
  await done
  clearTimeout(timer)
}

/** Runs a command to its end, passing each output line to `onLine`. */
export function runLines(cmd, args, opts, onLine) {
  return new Promise((resolve, reject) => {
    const child = start(cmd, args, opts, onLine)
    child.on("error", reject)
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code ?? signal}`))))
  })
}

export { stopAllAndWait }
