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

/**
 * Whether an IP identifies a client on the internet. Loopback, private, link-local and CGNAT
 * addresses are a proxy or a local network, shared by everyone behind it: the IP rules (velocity,
 * shared accounts, geo, vendor IPs) ignore them unless `FRAUD_COUNT_PRIVATE_IPS=true`.
 */
export function isRuleIp(ip: string | null): ip is string {
  if (!ip) return false
  if (process.env.FRAUD_COUNT_PRIVATE_IPS === "true") return true
  if (ip.includes(":")) return !/^(::1?$|fe[89ab]|f[cd])/i.test(ip)
  const [a, b] = ip.split(".").map(Number)
  return !(a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127))
}
