import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHmac, timingSafeEqual } from "node:crypto"
import { trustSafetyOptions } from "./options"

/** d: document id, u: the admin user it was issued to, e: expiry (unix seconds). */
export type DocumentClaims = { d: string; u: string; e: number }

export const DEFAULT_DOCUMENT_URL_TTL_SECONDS = 300

export function documentUrlTtl(container: MedusaContainer) {
  const ttl = Number(trustSafetyOptions(container).document_url_ttl_seconds)
  return Number.isFinite(ttl) && ttl > 0 ? Math.floor(ttl) : DEFAULT_DOCUMENT_URL_TTL_SECONDS
}

/** The HMAC key: option `document_secret`, else TRUST_SAFETY_SECRET, else Medusa's JWT secret (with a purpose suffix). */
export function documentSecret(container: MedusaContainer): string {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const jwt = config.projectConfig?.http?.jwtSecret
  const secret =
    trustSafetyOptions(container).document_secret ||
    process.env.TRUST_SAFETY_SECRET ||
    (typeof jwt === "string" ? jwt : jwt?.toString("utf8"))
  if (!secret) throw new Error("No secret for document URLs: set TRUST_SAFETY_SECRET or http.jwtSecret")
  return `${secret}:verification-documents`
}

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest()

/** `<base64url(JSON claims)>.<base64url(HMAC-SHA256)>` */
export function signDocumentToken(secret: string, claims: { document_id: string; user_id: string }, ttlSeconds: number, now = Date.now()) {
  const body: DocumentClaims = { d: claims.document_id, u: claims.user_id, e: Math.floor(now / 1000) + ttlSeconds }
  const payload = Buffer.from(JSON.stringify(body)).toString("base64url")
  return `${payload}.${sign(payload, secret).toString("base64url")}`
}

/** The claims of a well-formed, correctly signed, unexpired token; null otherwise. */
export function verifyDocumentToken(secret: string, token: unknown, now = Date.now()): DocumentClaims | null {
  if (typeof token !== "string" || token.length > 1000) return null
  const parts = token.split(".")
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[A-Za-z0-9_-]+$/.test(parts[1])) return null
  const expected = sign(parts[0], secret)
  const given = Buffer.from(parts[1], "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  let c: Partial<DocumentClaims>
  try {
    c = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"))
  } catch {
    return null
  }
  if (typeof c.d !== "string" || typeof c.u !== "string" || typeof c.e !== "number") return null
  if (c.e * 1000 <= now) return null
  return { d: c.d, u: c.u, e: c.e }
}

export function backendUrl(container: MedusaContainer) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const configured = (config.admin as { backendUrl?: string } | undefined)?.backendUrl
  return (process.env.MEDUSA_BACKEND_URL || configured || "http://localhost:9000").replace(/\/+$/, "")
}
