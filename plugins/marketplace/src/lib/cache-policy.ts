import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Cache headers of the store and vendor APIs, for the shared cache in front of the backend (a CDN,
 * or deploy/edge-cache): anonymous catalogue reads are public for a short time, everything else is
 * `private, no-store` unless its route says otherwise (lesson media, certificates and verification
 * files set their own).
 *
 * A catalogue read is public only when the request is anonymous (no Authorization, no Cookie):
 * a signed-in customer may see customer-group prices. The answer varies on the publishable key
 * (sales channels) and `x-medusa-locale`; region, currency and every filter are in the URL.
 * `POST /store/search` is a read too (its query is the body): caches keyed by the body may keep it.
 * Only a 200 is public; errors are `no-store`.
 *
 *   STORE_CACHE_MAX_AGE=30       seconds a shared cache serves a copy as fresh (s-maxage); 0 = never public
 *   STORE_CACHE_STALE=60         seconds after that it may serve it while refreshing (stale-while-revalidate)
 * Browsers get max-age=0: a tab always asks (the shared cache answers quickly), so stock and prices
 * a shopper sees are at most STORE_CACHE_MAX_AGE + STORE_CACHE_STALE old.
 */
const PUBLIC_READS: RegExp[] = [
  /^\/store\/products$/,
  /^\/store\/products\/[^/]+$/,
  /^\/store\/products\/[^/]+\/reviews$/,
  /^\/store\/product-categories(\/[^/]+)?$/,
  /^\/store\/collections(\/[^/]+)?$/,
  /^\/store\/regions(\/[^/]+)?$/,
  /^\/store\/vendors$/,
  /^\/store\/vendors\/[^/]+$/,
  /^\/store\/vendors\/[^/]+\/products$/,
  /^\/store\/product-vendors$/,
  /^\/store\/courses$/,
  /^\/store\/courses\/[^/]+$/,
]
const PUBLIC_POSTS: RegExp[] = [/^\/store\/search$/]

export const VARY = ["x-publishable-api-key", "x-medusa-locale"]
export const PRIVATE = "private, no-store"

const seconds = (name: string, fallback: number) => {
  const raw = process.env[name]
  const n = raw === undefined || raw === "" ? fallback : Number(raw)
  return Number.isInteger(n) && n >= 0 ? n : fallback
}

export function publicCacheControl(): string | null {
  const maxAge = seconds("STORE_CACHE_MAX_AGE", 30)
  if (maxAge === 0) return null
  return `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${seconds("STORE_CACHE_STALE", 60)}`
}

/** Whether this request's answer may be shared: an anonymous catalogue read. */
export function isPublicRead(method: string, path: string, headers: Record<string, unknown>): boolean {
  if (headers.authorization || headers.cookie) return false
  const list = method === "GET" || method === "HEAD" ? PUBLIC_READS : method === "POST" ? PUBLIC_POSTS : []
  return list.some((re) => re.test(path))
}

function addVary(res: MedusaResponse, names: string[]) {
  const current = String(res.getHeader("vary") ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean)
  const lower = new Set(current.map((v) => v.toLowerCase()))
  res.setHeader("Vary", [...current, ...names.filter((n) => !lower.has(n))].join(", "))
}

/** Middleware on /store/* and /vendor/*: sets the answer's Cache-Control when it is sent. */
export function storeCachePolicy(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.originalUrl ?? req.url).split("?")[0].replace(/\/+$/, "") || "/"
  const policy = isPublicRead(req.method, path, req.headers) ? publicCacheControl() : null
  res.setHeader("Cache-Control", PRIVATE)
  if (policy) {
    const json = res.json.bind(res)
    res.json = ((body: unknown) => {
      if (res.statusCode === 200) {
        res.setHeader("Cache-Control", policy)
        addVary(res, VARY)
      }
      return json(body)
    }) as typeof res.json
  }
  next()
}
