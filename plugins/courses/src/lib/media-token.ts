import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHmac, timingSafeEqual } from "node:crypto"

/** How long a lesson's video URL works. */
export const MEDIA_TOKEN_TTL_SECONDS = 2 * 60 * 60

/** l: lesson, c: customer (null for a public preview), v: the teacher's vendor (its own preview), e: expiry. */
export type MediaClaims = { l: string; c: string | null; v?: string; e: number }

/**
 * The HMAC key: the plugin option `media_secret`, else `COURSES_MEDIA_SECRET`, else Medusa's JWT
 * secret (`projectConfig.http.jwtSecret`).
 */
export function mediaSecret(container: MedusaContainer): string {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const plugin = (config.plugins ?? []).find((p) => typeof p !== "string" && p.resolve === "@vitrina/courses")
  const fromOption = plugin && typeof plugin !== "string" ? plugin.options?.media_secret : undefined
  const jwtSecret = config.projectConfig?.http?.jwtSecret
  const secret =
    (typeof fromOption === "string" && fromOption) ||
    process.env.COURSES_MEDIA_SECRET ||
    (typeof jwtSecret === "string" ? jwtSecret : jwtSecret?.toString("utf8"))
  if (!secret) throw new Error("No secret for lesson media tokens: set COURSES_MEDIA_SECRET or http.jwtSecret")
  return secret
}

const b64url = (buf: Buffer) => buf.toString("base64url")
const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest()

/** `<base64url(JSON claims)>.<base64url(HMAC-SHA256)>` */
export function signMediaToken(
  secret: string,
  claims: { lesson_id: string; customer_id: string | null; vendor_id?: string },
  now = Date.now()
) {
  const body: MediaClaims = {
    l: claims.lesson_id,
    c: claims.customer_id,
    ...(claims.vendor_id ? { v: claims.vendor_id } : {}),
    e: Math.floor(now / 1000) + MEDIA_TOKEN_TTL_SECONDS,
  }
  const payload = b64url(Buffer.from(JSON.stringify(body)))
  return `${payload}.${b64url(sign(payload, secret))}`
}

/** The claims of a well-formed, correctly signed, unexpired token; null otherwise. */
export function verifyMediaToken(secret: string, token: unknown, now = Date.now()): MediaClaims | null {
  if (typeof token !== "string" || token.length > 2000) return null
  const parts = token.split(".")
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[A-Za-z0-9_-]+$/.test(parts[1])) return null
  const expected = sign(parts[0], secret)
  const given = Buffer.from(parts[1], "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"))
  } catch {
    return null
  }
  const c = claims as Partial<MediaClaims>
  if (typeof c.l !== "string" || (c.c !== null && typeof c.c !== "string") || typeof c.e !== "number") return null
  if (c.v !== undefined && typeof c.v !== "string") return null
  if (c.e * 1000 <= now) return null
  return { l: c.l, c: c.c, ...(c.v ? { v: c.v } : {}), e: c.e }
}

/** The absolute URL a `<video src>` plays a lesson from: the backend's URL (MEDUSA_BACKEND_URL, else the admin's backendUrl). */
export function mediaUrl(container: MedusaContainer, lessonId: string, customerId: string | null, vendorId?: string) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const configured = (config.admin as { backendUrl?: string } | undefined)?.backendUrl
  const base = (process.env.MEDUSA_BACKEND_URL || configured || "http://localhost:9000").replace(/\/+$/, "")
  return `${base}/lesson-media/${signMediaToken(mediaSecret(container), { lesson_id: lessonId, customer_id: customerId, vendor_id: vendorId })}`
}
