// `npm run bench:seed [-- --fresh]`: only builds the plugins and seeds the benchmark database
// (api.mjs and search.mjs do this themselves; this is for preparing it ahead).
import { buildPlugins } from "../lib/workspace.mjs"
import { benchDatabase, postgresServer, say } from "./lib/setup.mjs"

const server = await postgresServer()
try {
  say("bench")(`PostgreSQL: ${server.where}`)
  await buildPlugins()
  const db = await benchDatabase(server)
  say("bench")(`ready: ${db.name}, publishable key ${db.key}`)
} finally {
  await server.stop()
}
