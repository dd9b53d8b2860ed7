// `npm start`: the whole platform on one machine with demo data.
//   PostgreSQL: DATABASE_URL, else an embedded server with its data in .data/postgres (kept).
//   Redis: REDIS_URL (Medusa's redis event bus, cache, workflow engine, locking), else in-process.
// Builds the plugins, migrates, seeds once, starts the backend (:9000, admin at /app) and the
// storefront (:8000). Ctrl-C stops everything, the embedded database included.
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ensureDatabase, query, startEmbeddedPostgres, withDatabase } from "./lib/postgres.mjs"
import { run, start, stopAllAndWait, waitForHttp } from "./lib/proc.mjs"
import { BACKEND, baseEnv, buildPlugins, ROOT, STOREFRONT } from "./lib/workspace.mjs"

const BACKEND_PORT = Number(process.env.BACKEND_PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || `http://localhost:${BACKEND_PORT}`
const STOREFRONT_URL = process.env.STOREFRONT_URL || `http://localhost:${STOREFRONT_PORT}`
const DB_NAME = process.env.VITRINA_DB_NAME || "vitrina"
const t0 = Date.now()
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`
const say = (m) => process.stdout.write(`[vitrina] ${m}\n`)

let embedded = null
let stopping = false
async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  say("stopping…")
  await stopAllAndWait()
  if (embedded) {
    await embedded.stop()
    say("embedded PostgreSQL stopped")
  }
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    say(`using PostgreSQL from DATABASE_URL`)
    await ensureDatabase(withDatabase(databaseUrl, "postgres"), new URL(databaseUrl).pathname.slice(1))
  } else {
    const dir = path.join(ROOT, ".data/postgres")
    const port = Number(process.env.EMBEDDED_PG_PORT || 54329)
    say(`starting embedded PostgreSQL on :${port} (data in .data/postgres)`)
    embedded = await startEmbeddedPostgres({ dir, port })
    await ensureDatabase(embedded.urlFor("postgres"), DB_NAME)
    databaseUrl = embedded.urlFor(DB_NAME)
  }
  say(process.env.REDIS_URL ? "using Redis from REDIS_URL" : "no REDIS_URL: events, cache, workflows and locks run in-process")

  const env = baseEnv({
    DATABASE_URL: databaseUrl,
    MEDUSA_BACKEND_URL: BACKEND_URL,
    STOREFRONT_URL,
    PORT: String(BACKEND_PORT),
  })

  say("building plugins")
  await buildPlugins()
  say("migrating the database")
  await run("medusa", ["db:migrate"], { cwd: BACKEND, env })
  say("seeding demo data (once)")
  await run("medusa", ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND, env })

  const [key] = await query(
    databaseUrl,
    "select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1"
  )
  if (!key) throw new Error("no publishable API key found after seeding")
  mkdirSync(path.join(ROOT, ".tmp"), { recursive: true })
  writeFileSync(path.join(ROOT, ".tmp/dev.env"), `MEDUSA_PUBLISHABLE_KEY=${key.token}\nMEDUSA_BACKEND_URL=${BACKEND_URL}\n`)

  say(`starting the backend on :${BACKEND_PORT}`)
  start("medusa", ["develop", "--port", String(BACKEND_PORT)], { cwd: BACKEND, env })
  await waitForHttp(`${BACKEND_URL}/health`, { timeoutMs: 180_000 })

  const sfEnv = { ...env, MEDUSA_PUBLISHABLE_KEY: key.token, NEXT_PUBLIC_BASE_URL: STOREFRONT_URL, PORT: String(STOREFRONT_PORT) }
  if (process.env.STOREFRONT_DEV === "true") {
    start("next", ["dev", "-p", String(STOREFRONT_PORT)], { cwd: STOREFRONT, env: sfEnv })
  } else {
    say("building the storefront")
    await run("next", ["build"], { cwd: STOREFRONT, env: sfEnv })
    start("next", ["start", "-p", String(STOREFRONT_PORT)], { cwd: STOREFRONT, env: sfEnv })
  }
  await waitForHttp(`${STOREFRONT_URL}/en`, { timeoutMs: 180_000 })

  say(`ready in ${elapsed()}
  Storefront       ${STOREFRONT_URL}/en   (Russian: ${STOREFRONT_URL}/ru)
  Medusa admin     ${BACKEND_URL}/app   → Marketplace overview: ${BACKEND_URL}/app/marketplace
  Store API        ${BACKEND_URL}/store/…  (x-publishable-api-key: ${key.token})
  Demo logins
    operator  admin@vitrina.local    / vitrina-admin     (Medusa admin)
    seller    seller@vitrina.local   / vitrina-seller    (vendor portal: ${STOREFRONT_URL}/en/vendor)
    teacher   teacher@vitrina.local  / vitrina-teacher   (vendor portal)
    customer  customer@vitrina.local / vitrina-customer  (storefront account)
  Ctrl-C stops everything.`)
} catch (e) {
  say(`failed: ${e.message}`)
  await shutdown(1)
}
