import { randomBytes } from "node:crypto"

/** Completion in whole percent (floored, so 100 means every lesson). */
export function progressPercent(completed: number, total: number) {
  return total > 0 ? Math.floor((completed * 100) / total) : 0
}

/** A lesson counts as complete when marked, or (videos) when watched to at least 90 % of its duration. */
export function isWatchedEnough(kind: string, duration: number, secondsWatched: number) {
  return kind === "video" && duration > 0 && secondsWatched >= 0.9 * duration
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** `VTR-XXXX-XXXX-XXXX`: 12 random Crockford base32 characters (60 bits). */
export function newCertificateCode() {
  const bytes = randomBytes(12)
  const chars = [...bytes].map((b) => CROCKFORD[b & 31]).join("")
  return `VTR-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`
}

export const CERTIFICATE_CODE = /^VTR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/

/** A code as typed (any case), normalised; null when it cannot be a code. */
export function normaliseCode(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 40) return null
  const code = value.trim().toUpperCase()
  return CERTIFICATE_CODE.test(code) ? code : null
}
