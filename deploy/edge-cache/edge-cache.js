"use strict"
// A shared HTTP cache in front of the Medusa backend: the "CDN" tier for anonymous catalogue reads.
// It stores what the backend marks `Cache-Control: public, s-maxage=…` (see
// plugins/marketplace/src/lib/cache-policy.ts) and forwards everything else untouched, streaming.
//
// What it does (an RFC 9111 subset, the part a CDN in front of a store API needs):
//   - caches GET/HEAD, and POST on the configured paths (POST /store/search) keyed by the body;
//   - never for a request with Authorization or Cookie: customers see their own group prices;
//   - only 200 answers whose Cache-Control says public with s-maxage or max-age, no private /
//     no-store / no-cache, no Set-Cookie, Vary not "*"; the key holds every header named in Vary;
//   - stale-while-revalidate: a stale entry is served at once while ONE background request
//     refreshes it; stale-if-error: an expired entry is served when the backend is down or 5xx;
//   - request coalescing: concurrent misses of one key make one backend request;
//   - an LRU bounded in bytes; `x-cache: HIT | STALE | MISS | BYPASS` and `age` on every answer;
//   - `GET /__edge/stats` (hits, misses, bytes…) and `POST /__edge/purge {"prefix":"/store/products"}`,
//     both guarded by `x-edge-token` when a token is configured.
// Zero dependencies: Node's http module only. `server.js` runs it from the environment.
const http = require("node:http")
const { createHash } = require("node:crypto")

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "proxy-authenticate",
  "proxy-authorization",
])

/** `Cache-Control` as a map of lower-case directives to their value (true when valueless). */
function parseCacheControl(value) {
  const out = new Map()
  for (const part of String(value || "").split(",")) {
    const [rawName, ...rest] = part.split("=")
    const name = rawName.trim().toLowerCase()
    if (!name) continue
    out.set(name, rest.length ? rest.join("=").trim().replace(/^"|"$/g, "") : true)
  }
  return out
}

const seconds = (v) => {
  const n = Number(v)
  return Number.isFinite(n) && n >= 0 ? n : null
}

/** How long a response may be served from a shared cache, or null when it must not be stored. */
function freshness(status, headers) {
  if (status !== 200) return null
  if (headers["set-cookie"]) return null
  const vary = String(headers["vary"] || "")
  if (vary.split(",").some((v) => v.trim() === "*")) return null
  const cc = parseCacheControl(headers["cache-control"])
  if (cc.has("private") || cc.has("no-store") || cc.has("no-cache")) return null
  const fresh = cc.has("s-maxage") ? seconds(cc.get("s-maxage")) : cc.has("max-age") ? seconds(cc.get("max-age")) : null
  if (!fresh) return null
  return {
    freshMs: fresh * 1000,
    staleMs: (seconds(cc.get("stale-while-revalidate")) ?? 0) * 1000,
    errorMs: (seconds(cc.get("stale-if-error")) ?? 0) * 1000,
  }
}

const varyNames = (headers) =>
  String(headers["vary"] || "")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)
    .sort()

function copyHeaders(headers, drop = HOP_BY_HOP) {
  const out = {}
  for (const [k, v] of Object.entries(headers)) if (!drop.has(k.toLowerCase()) && v !== undefined) out[k] = v
  return out
}

function readBody(stream, limit) {
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = 0
    stream.on("data", (c) => {
      size += c.length
      if (size > limit) {
        reject(Object.assign(new Error("request body too large for the edge cache"), { status: 413 }))
        stream.destroy()
        return
      }
      chunks.push(c)
    })
    stream.on("end", () => resolve(Buffer.concat(chunks)))
    stream.on("error", reject)
  })
}

/**
 * @param {{ origin: string, maxBytes?: number, maxEntryBytes?: number, postPaths?: string[],
 *   maxPostBodyBytes?: number, token?: string, now?: () => number, maxSockets?: number }} options
 * @returns {{ handler: (req: http.IncomingMessage, res: http.ServerResponse) => void, stats: () => object,
 *   purge: (prefix?: string) => number }}
 */
function createEdgeCache(options) {
  const origin = new URL(options.origin)
  const maxBytes = options.maxBytes ?? 256 * 1024 * 1024
  const maxEntryBytes = options.maxEntryBytes ?? 8 * 1024 * 1024
  const postPaths = new Set(options.postPaths ?? ["/store/search"])
  const maxPostBodyBytes = options.maxPostBodyBytes ?? 16 * 1024
  const token = options.token || ""
  const now = options.now ?? Date.now
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 })

  /** key → { status, headers, body, storedAt, freshMs, staleMs, errorMs, size, path } (Map order = LRU order). */
  const entries = new Map()
  /** Request identity (method, URL, body) → the header names its last response varied on. */
  const varyOf = new Map()
  /** key → Promise<entry | null> of the backend request in flight for it. */
  const inflight = new Map()
  const counters = { hit: 0, stale: 0, miss: 0, coalesced: 0, bypass: 0, revalidated: 0, stored: 0, evicted: 0, origin_errors: 0 }
  let bytes = 0

  const identity = (method, url, body) =>
    `${method} ${url} ${body.length ? createHash("sha1").update(body).digest("base64") : ""}`
  const keyFor = (id, names, headers) => `${id}\n${names.map((n) => `${n}=${headers[n] ?? ""}`).join("\n")}`

  function drop(key) {
    const e = entries.get(key)
    if (!e) return
    entries.delete(key)
    bytes -= e.size
  }

  function store(key, entry) {
    drop(key)
    if (entry.size > maxEntryBytes) return
    entries.set(key, entry)
    bytes += entry.size
    counters.stored++
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break
      drop(oldest)
      counters.evicted++
    }
  }

  function forwardHeaders(req) {
    const headers = copyHeaders(req.headers)
    headers.host = origin.host
    const ip = req.socket.remoteAddress || ""
    headers["x-forwarded-for"] = req.headers["x-forwarded-for"] ? `${req.headers["x-forwarded-for"]}, ${ip}` : ip
    headers["x-forwarded-host"] = req.headers["x-forwarded-host"] || req.headers.host || ""
    headers["x-forwarded-proto"] = req.headers["x-forwarded-proto"] || "http"
    return headers
  }

  function originRequest(method, url, headers) {
    return http.request({ protocol: origin.protocol, hostname: origin.hostname, port: origin.port, method, path: url, headers, agent })
  }

  /** Streams a request to the backend and its answer back, untouched (uploads, carts, accounts). */
  function passThrough(req, res, body, cacheState = "BYPASS") {
    const upstream = originRequest(req.method, req.url, forwardHeaders(req))
    upstream.on("response", (up) => {
      res.writeHead(up.statusCode, { ...copyHeaders(up.headers), "x-cache": cacheState })
      up.pipe(res)
    })
    upstream.on("error", (e) => fail(res, e))
    if (body) upstream.end(body)
    else req.pipe(upstream)
  }

  function fail(res, e) {
    counters.origin_errors++
    if (res.headersSent) return res.destroy(e)
    res.writeHead(502, { "content-type": "application/json", "x-cache": "ERROR" })
    res.end(JSON.stringify({ type: "bad_gateway", message: `The store backend did not answer: ${e.message}` }))
  }

  /**
   * One backend request for a cacheable candidate. Resolves to the stored entry, or null when the
   * answer was not cacheable (then `onUncached(up)` got the live response to stream, if given).
   */
  function fetchToCache(req, id, key, body, onUncached) {
    const method = req.method === "HEAD" ? "GET" : req.method
    return new Promise((resolve, reject) => {
      const upstream = originRequest(method, req.url, forwardHeaders(req))
      upstream.on("response", (up) => {
        const policy = freshness(up.statusCode, up.headers)
        if (!policy) {
          if (up.statusCode < 500) drop(key) // no longer cacheable: do not serve the old copy again
          up.pause()
          resolve(null)
          if (onUncached) onUncached(up)
          else up.resume()
          return
        }
        const chunks = []
        up.on("data", (c) => chunks.push(c))
        up.on("error", reject)
        up.on("end", () => {
          const body = Buffer.concat(chunks)
          const names = varyNames(up.headers)
          varyOf.set(id, names)
          const storeKey = keyFor(id, names, req.headers)
          const entry = {
            status: up.statusCode,
            headers: copyHeaders(up.headers, new Set([...HOP_BY_HOP, "content-length", "age", "date"])),
            body,
            storedAt: now(),
            ...policy,
            size: body.length + storeKey.length + 512,
            path: req.url,
          }
          store(storeKey, entry)
          if (storeKey !== key) drop(key)
          resolve(entry)
        })
      })
      upstream.on("error", reject)
      upstream.end(method === "GET" ? undefined : body)
    })
  }

  function reply(req, res, entry, state) {
    const age = Math.max(0, Math.floor((now() - entry.storedAt) / 1000))
    res.writeHead(entry.status, {
      ...entry.headers,
      "content-length": entry.body.length,
      age: String(age),
      "x-cache": state,
    })
    res.end(req.method === "HEAD" ? undefined : entry.body)
  }

  /** Starts (or joins) the backend request for `key`. */
  function lead(req, id, key, body, onUncached) {
    let p = inflight.get(key)
    if (p) return { promise: p, leader: false }
    p = fetchToCache(req, id, key, body, onUncached).finally(() => inflight.delete(key))
    inflight.set(key, p)
    return { promise: p, leader: true }
  }

  function internal(req, res) {
    if (token && req.headers["x-edge-token"] !== token) {
      res.writeHead(401, { "content-type": "application/json" })
      return res.end(JSON.stringify({ message: "x-edge-token required" }))
    }
    if (req.method === "GET" && req.url === "/__edge/stats") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
      return res.end(JSON.stringify(stats()))
    }
    if (req.method === "POST" && req.url === "/__edge/purge") {
      return readBody(req, 16 * 1024).then(
        (raw) => {
          let prefix = ""
          try {
            prefix = raw.length ? String(JSON.parse(raw.toString("utf8")).prefix ?? "") : ""
          } catch {
            res.writeHead(400, { "content-type": "application/json" })
            return res.end(JSON.stringify({ message: 'body must be JSON: {"prefix": "/store/products"}' }))
          }
          const purged = purge(prefix)
          res.writeHead(200, { "content-type": "application/json" })
          res.end(JSON.stringify({ purged }))
        },
        (e) => fail(res, e)
      )
    }
    res.writeHead(404, { "content-type": "application/json" })
    res.end(JSON.stringify({ message: "unknown edge endpoint" }))
  }

  async function handle(req, res) {
    if (req.url.startsWith("/__edge/")) return internal(req, res)
    const path = req.url.split("?")[0]
    const anonymous = !req.headers.authorization && !req.headers.cookie
    const isPost = req.method === "POST" && postPaths.has(path) && Number(req.headers["content-length"] ?? Infinity) <= maxPostBodyBytes
    const candidate = anonymous && (req.method === "GET" || req.method === "HEAD" || isPost)
    if (!candidate) {
      counters.bypass++
      return passThrough(req, res, null)
    }
    const body = isPost ? await readBody(req, maxPostBodyBytes) : Buffer.alloc(0)
    return serve(req, res, body, identity(req.method === "HEAD" ? "GET" : req.method, req.url, body), 0)
  }

  async function serve(req, res, body, id, attempt) {
    const key = keyFor(id, varyOf.get(id) ?? [], req.headers)
    const entry = entries.get(key)
    const age = entry ? now() - entry.storedAt : 0
    if (entry && age < entry.freshMs) {
      counters.hit++
      entries.delete(key)
      entries.set(key, entry) // most recently used
      return reply(req, res, entry, "HIT")
    }
    if (entry && age < entry.freshMs + entry.staleMs) {
      counters.stale++
      if (!inflight.has(key)) {
        counters.revalidated++
        lead(req, id, key, body, null).promise.catch(() => undefined)
      }
      return reply(req, res, entry, "STALE")
    }
    const { promise, leader } = lead(req, id, key, body, (up) => {
      // Not cacheable: the leader streams the live answer; the waiters ask the backend themselves.
      res.writeHead(up.statusCode, { ...copyHeaders(up.headers), "x-cache": "MISS" })
      up.pipe(res)
      up.resume()
    })
    if (leader) counters.miss++
    else counters.coalesced++
    try {
      const fresh = await promise
      if (leader) return fresh ? reply(req, res, fresh, "MISS") : undefined
      if (!fresh) return passThrough(req, res, body, "MISS")
      // A waiter shares the answer only if it varies on nothing this request differs in (the first
      // request of a URL cannot know the answer's Vary); otherwise it asks under its own key once.
      const own = keyFor(id, varyOf.get(id) ?? [], req.headers)
      if (entries.get(own) === fresh) return reply(req, res, fresh, "HIT")
      if (own !== key && attempt === 0) {
        counters.coalesced--
        return serve(req, res, body, id, 1)
      }
      return passThrough(req, res, body, "MISS")
    } catch (e) {
      if (entry && age < entry.freshMs + Math.max(entry.staleMs, entry.errorMs)) return reply(req, res, entry, "STALE")
      return fail(res, e)
    }
  }

  function purge(prefix = "") {
    let n = 0
    for (const [key, e] of [...entries]) {
      if (e.path.startsWith(prefix)) {
        drop(key)
        n++
      }
    }
    return n
  }

  function stats() {
    const served = counters.hit + counters.stale + counters.miss + counters.coalesced
    return {
      ...counters,
      entries: entries.size,
      bytes,
      hit_ratio: served ? +((counters.hit + counters.stale + counters.coalesced) / served).toFixed(4) : 0,
    }
  }

  return {
    handler: (req, res) => {
      handle(req, res).catch((e) => {
        if (e.status === 413) {
          res.writeHead(413, { "content-type": "application/json" })
          return res.end(JSON.stringify({ message: e.message }))
        }
        fail(res, e)
      })
    },
    stats,
    purge,
    close: () => agent.destroy(),
  }
}

/** An edge cache listening on `port` (0 = any free port). Resolves with its URL and `close()`. */
function startEdgeCache({ port = 0, host = "127.0.0.1", ...options }) {
  const cache = createEdgeCache(options)
  const server = http.createServer(cache.handler)
  server.keepAliveTimeout = 65_000
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolve({
        url: `http://${host}:${address.port}`,
        stats: cache.stats,
        purge: cache.purge,
        close: () =>
          new Promise((r) => {
            cache.close()
            server.closeAllConnections?.()
            server.close(() => r())
          }),
      })
    })
  })
}

module.exports = { createEdgeCache, startEdgeCache, freshness, parseCacheControl }
