import type { MedusaRequest } from "@medusajs/framework/http"
import { isIP } from "node:net"

/**
 * The client's IP. Behind a proxy (load balancer, CDN) the socket address is the proxy's: set
 * `FRAUD_TRUST_PROXY_HOPS` (or the plugin option `fraud.trust_proxy_hops`) to the number of proxies
 * in front of the server, and the address that many hops back in `X-Forwarded-For` is used (the
 * same rule as Express's numeric `trust proxy`). With 0 (the default) `X-Forwarded-For` is
 * ignored: a client could write anything there.
 */
export function clientIp(req: MedusaRequest, hops: number): string | null {
  const socket = normalise(req.socket?.remoteAddress ?? null)
  if (hops <= 0) return socket
  const header = req.headers["x-forwarded-for"]
  const chain = (Array.isArray(header) ? header.join(",") : header ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
  const all = [...chain, socket].filter((s): s is string => !!s)
  const picked = all[Math.max(0, all.length - 1 - hops)]
  return normalise(picked ?? null)
}

function normalise(ip: string | null): string | null {
  if (!ip) return null
  const v = ip.startsWith("::ffff:") ? ip.slice(7) : ip
  return isIP(v) ? v.slice(0, 64) : null
}

/** The storefront's device id (`x-device-id`: a random id it keeps in localStorage or a cookie). */
export function deviceId(req: MedusaRequest): string | null {
  const raw = req.headers["x-device-id"]
  const v = Array.isArray(raw) ? raw[0] : raw
  return typeof v === "string" && /^[A-Za-z0-9_-]{8,100}$/.test(v) ? v : null
}

let geo: { lookup: (ip: string) => { country?: string } | null } | null = null

/** The IP's country (lowercase ISO code) from geoip-lite's bundled database; null when unknown. */
export function countryOfIp(ip: string | null): string | null {
  if (!ip) return null
  // Loaded on first use: the database (shipped inside the package, never downloaded) takes memory.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  geo ??= require("geoip-lite")
  const c = geo!.lookup(ip)?.country
  return c ? c.toLowerCase() : null
}
