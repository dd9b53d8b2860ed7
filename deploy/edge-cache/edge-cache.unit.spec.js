// The edge cache against a real backend-shaped HTTP server (node:http), over real sockets.
const http = require("node:http")
const { startEdgeCache } = require("./edge-cache")

/** An origin whose answers the test scripts per path; counts and records the requests it gets. */
async function startOrigin(routes) {
  const seen = []
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8")
      seen.push({ method: req.method, url: req.url, headers: req.headers, body })
      const route = routes[`${req.method} ${req.url.split("?")[0]}`] ?? routes[req.url.split("?")[0]]
      if (!route) {
        res.writeHead(404, { "content-type": "application/json" })
        return res.end('{"message":"not found"}')
      }
      const r = await route(req, body)
      res.writeHead(r.status ?? 200, { "content-type": "application/json", ...r.headers })
      res.end(r.body ?? "")
    })
  })
  await new Promise((r) => server.listen(0, "127.0.0.1", r))
  const url = `http://127.0.0.1:${server.address().port}`
  return {
    url,
    seen,
    count: (path) => seen.filter((s) => s.url.split("?")[0] === path).length,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  }
}

const PUBLIC = "public, max-age=0, s-maxage=30, stale-while-revalidate=60"
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function get(base, path, headers = {}, method = "GET", body) {
  const res = await fetch(base + path, { method, headers, body })
  return { status: res.status, cache: res.headers.get("x-cache"), age: res.headers.get("age"), headers: res.headers, text: await res.text() }
}

describe("edge cache", () => {
  let origin
  let edge
  let clock
  let version

  beforeEach(async () => {
    clock = 1_000_000
    version = 1
    origin = await startOrigin({
      "/store/products": async (req) => ({
        headers: { "cache-control": PUBLIC, vary: "x-publishable-api-key" },
        body: JSON.stringify({ version, key: req.headers["x-publishable-api-key"] ?? null, url: req.url }),
      }),
      "/store/slow": async () => {
        await sleep(150)
        return { headers: { "cache-control": PUBLIC }, body: JSON.stringify({ version }) }
      },
      "/store/private": async () => ({ headers: { "cache-control": "private, no-store" }, body: JSON.stringify({ version }) }),
      "/store/plain": async () => ({ body: JSON.stringify({ version }) }),
      "/store/cookie": async () => ({ headers: { "cache-control": PUBLIC, "set-cookie": "a=b" }, body: "{}" }),
      "/store/flaky": async () => (version === 1 ? { headers: { "cache-control": PUBLIC }, body: '{"ok":1}' } : { status: 500, body: '{"message":"down"}' }),
      "POST /store/search": async (_req, body) => ({ headers: { "cache-control": PUBLIC }, body: JSON.stringify({ version, echo: JSON.parse(body) }) }),
      "POST /store/carts": async (_req, body) => ({ headers: { "cache-control": PUBLIC }, body: JSON.stringify({ length: body.length }) }),
      "/store/big": async (req) => ({ headers: { "cache-control": PUBLIC }, body: JSON.stringify({ pad: "x".repeat(40_000), url: req.url }) }),
    })
    edge = await startEdgeCache({ origin: origin.url, now: () => clock, token: "secret", maxBytes: 200_000 })
  })

  afterEach(async () => {
    await edge.close()
    await origin.close()
  })

  it("serves a public answer from memory until s-maxage has passed, keyed by the full URL", async () => {
    const a = await get(edge.url, "/store/products?limit=20")
    const b = await get(edge.url, "/store/products?limit=20")
    const other = await get(edge.url, "/store/products?limit=50")
    expect([a.cache, b.cache, other.cache]).toEqual(["MISS", "HIT", "MISS"])
    expect(b.text).toBe(a.text)
    expect(JSON.parse(other.text).url).toBe("/store/products?limit=50")
    expect(origin.count("/store/products")).toBe(2)
    clock += 12_000
    const c = await get(edge.url, "/store/products?limit=20")
    expect(c.cache).toBe("HIT")
    expect(c.age).toBe("12")
    expect(c.headers.get("cache-control")).toBe(PUBLIC)
  })

  it("keeps one copy per value of each header the answer varies on", async () => {
    // The first requests of a URL race: neither knows the Vary yet, yet each gets its own sales channel.
    const [a, b] = await Promise.all([
      get(edge.url, "/store/products", { "x-publishable-api-key": "pk_a" }),
      get(edge.url, "/store/products", { "x-publishable-api-key": "pk_b" }),
    ])
    expect(JSON.parse(a.text).key).toBe("pk_a")
    expect(JSON.parse(b.text).key).toBe("pk_b")
    const a2 = await get(edge.url, "/store/products", { "x-publishable-api-key": "pk_a" })
    const b2 = await get(edge.url, "/store/products", { "x-publishable-api-key": "pk_b" })
    expect([a2.cache, b2.cache]).toEqual(["HIT", "HIT"])
    expect(JSON.parse(a2.text).key).toBe("pk_a")
    expect(JSON.parse(b2.text).key).toBe("pk_b")
  })

  it("never answers a signed-in request from the cache, nor stores its answer", async () => {
    await get(edge.url, "/store/products")
    const bearer = await get(edge.url, "/store/products", { authorization: "Bearer t" })
    const cookie = await get(edge.url, "/store/products", { cookie: "connect.sid=s" })
    expect([bearer.cache, cookie.cache]).toEqual(["BYPASS", "BYPASS"])
    expect(origin.count("/store/products")).toBe(3)
    expect(origin.seen[1].headers.authorization).toBe("Bearer t")
  })

  it("does not store answers that are private, carry no freshness or set a cookie", async () => {
    for (const path of ["/store/private", "/store/plain", "/store/cookie"]) {
      const first = await get(edge.url, path)
      const second = await get(edge.url, path)
      expect([first.cache, second.cache]).toEqual(["MISS", "MISS"])
      expect(origin.count(path)).toBe(2)
    }
    const missing = await get(edge.url, "/store/nothing")
    expect(missing.status).toBe(404)
  })

  it("sends concurrent misses of one URL to the backend once", async () => {
    const answers = await Promise.all(Array.from({ length: 25 }, () => get(edge.url, "/store/slow")))
    expect(origin.count("/store/slow")).toBe(1)
    expect(new Set(answers.map((a) => a.text)).size).toBe(1)
    expect(answers.filter((a) => a.cache === "MISS")).toHaveLength(1)
    expect(edge.stats()).toMatchObject({ miss: 1, coalesced: 24 })
  })

  it("serves a stale copy at once while one background request refreshes it", async () => {
    await get(edge.url, "/store/products")
    version = 2
    clock += 31_000
    const stale = await Promise.all([get(edge.url, "/store/products"), get(edge.url, "/store/products")])
    expect(stale.map((s) => s.cache)).toEqual(["STALE", "STALE"])
    expect(stale.map((s) => JSON.parse(s.text).version)).toEqual([1, 1])
    await sleep(50)
    expect(origin.count("/store/products")).toBe(2)
    const fresh = await get(edge.url, "/store/products")
    expect(fresh.cache).toBe("HIT")
    expect(JSON.parse(fresh.text).version).toBe(2)
    // Beyond stale-while-revalidate the copy is not served: the request waits for the backend.
    version = 3
    clock += 31_000 + 60_000
    const late = await get(edge.url, "/store/products")
    expect(late.cache).toBe("MISS")
    expect(JSON.parse(late.text).version).toBe(3)
  })

  it("serves the stale copy while the backend is unreachable, then a clear 502", async () => {
    await get(edge.url, "/store/products")
    await origin.close()
    clock += 35_000
    const stale = await get(edge.url, "/store/products")
    expect(stale.cache).toBe("STALE")
    await sleep(50)
    clock += 100_000
    const gone = await get(edge.url, "/store/products")
    expect(gone.status).toBe(502)
    expect(JSON.parse(gone.text).message).toMatch(/did not answer/)
    origin = await startOrigin({}) // for afterEach
  })

  it("stops serving a copy once the backend refuses to let it be cached", async () => {
    await get(edge.url, "/store/flaky")
    version = 2
    clock += 31_000 + 61_000
    const down = await get(edge.url, "/store/flaky")
    expect(down.status).toBe(500)
  })

  it("caches POST /store/search by its body, and passes every other POST through", async () => {
    const q = (body) => get(edge.url, "/store/search", { "content-type": "application/json" }, "POST", JSON.stringify(body))
    const a = await q({ q: "lamp" })
    const b = await q({ q: "lamp" })
    const c = await q({ q: "chair" })
    expect([a.cache, b.cache, c.cache]).toEqual(["MISS", "HIT", "MISS"])
    expect(JSON.parse(c.text).echo).toEqual({ q: "chair" })
    const big = "y".repeat(1_000_000)
    const upload = await get(edge.url, "/store/carts", { "content-type": "text/plain" }, "POST", big)
    const again = await get(edge.url, "/store/carts", { "content-type": "text/plain" }, "POST", big)
    expect([upload.cache, again.cache]).toEqual(["BYPASS", "BYPASS"])
    expect(JSON.parse(again.text).length).toBe(1_000_000)
  })

  it("purges by path prefix and guards its own endpoints with the token", async () => {
    await get(edge.url, "/store/products?limit=1")
    await get(edge.url, "/store/slow")
    expect((await get(edge.url, "/__edge/stats")).status).toBe(401)
    const purge = await get(edge.url, "/__edge/purge", { "x-edge-token": "secret" }, "POST", JSON.stringify({ prefix: "/store/products" }))
    expect(JSON.parse(purge.text)).toEqual({ purged: 1 })
    expect((await get(edge.url, "/store/products?limit=1")).cache).toBe("MISS")
    expect((await get(edge.url, "/store/slow")).cache).toBe("HIT")
    const bad = await get(edge.url, "/__edge/purge", { "x-edge-token": "secret" }, "POST", "nope")
    expect(bad.status).toBe(400)
    const stats = JSON.parse((await get(edge.url, "/__edge/stats", { "x-edge-token": "secret" })).text)
    expect(stats).toMatchObject({ hit: 1, entries: 2 })
  })

  it("evicts the least recently used copies beyond its byte budget", async () => {
    for (let i = 0; i < 6; i++) await get(edge.url, `/store/big?i=${i}`)
    await get(edge.url, "/store/big?i=5") // recently used
    expect(edge.stats().bytes).toBeLessThanOrEqual(200_000)
    expect(edge.stats().evicted).toBeGreaterThan(0)
    expect((await get(edge.url, "/store/big?i=5")).cache).toBe("HIT")
    expect((await get(edge.url, "/store/big?i=0")).cache).toBe("MISS")
  })
})
