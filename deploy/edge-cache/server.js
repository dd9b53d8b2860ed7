"use strict"
// `node deploy/edge-cache/server.js`: the edge cache in front of the backend, configured from the
// environment. EDGE_ORIGIN (default http://localhost:9000), EDGE_PORT (8080), EDGE_HOST (0.0.0.0),
// EDGE_CACHE_MB (256), EDGE_POST_PATHS (comma-separated, default /store/search), EDGE_TOKEN (guards
// /__edge/stats and /__edge/purge; set it whenever the port is reachable from outside).
const { startEdgeCache } = require("./edge-cache")

const env = process.env
startEdgeCache({
  origin: env.EDGE_ORIGIN || "http://localhost:9000",
  port: Number(env.EDGE_PORT || 8080),
  host: env.EDGE_HOST || "0.0.0.0",
  maxBytes: Number(env.EDGE_CACHE_MB || 256) * 1024 * 1024,
  postPaths: (env.EDGE_POST_PATHS ?? "/store/search").split(",").map((p) => p.trim()).filter(Boolean),
  token: env.EDGE_TOKEN || "",
}).then(
  (edge) => {
    process.stdout.write(`edge cache on ${edge.url} → ${env.EDGE_ORIGIN || "http://localhost:9000"}\n`)
    const stop = () => edge.close().then(() => process.exit(0))
    process.on("SIGTERM", stop)
    process.on("SIGINT", stop)
  },
  (e) => {
    process.stderr.write(`edge cache: ${e.message}\n`)
    process.exit(1)
  }
)
