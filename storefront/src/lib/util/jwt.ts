/** Seconds until a JWT expires (from its `exp` claim), for the auth cookie's max-age (pure). */
export function tokenMaxAge(token: string, nowSeconds: number, fallback = 60 * 60 * 24): number {
  const payload = token.split(".")[1]
  if (!payload) {
    return fallback
  }
  try {
    const json = JSON.parse(Buffer.from(payload.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"))
    const exp = typeof json?.exp === "number" ? json.exp : null
    if (exp === null) {
      return fallback
    }
    return Math.max(0, Math.floor(exp - nowSeconds))
  } catch {
    return fallback
  }
}

/** The `actor_id` claim of a JWT (empty for an identity that has no actor yet), or null if unreadable (pure). */
export function tokenActorId(token: string): string | null {
  const payload = token.split(".")[1]
  if (!payload) {
    return null
  }
  try {
    const json = JSON.parse(Buffer.from(payload.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"))
    return typeof json?.actor_id === "string" ? json.actor_id : null
  } catch {
    return null
  }
}
