import Medusa from "@medusajs/js-sdk"

/** The one js-sdk instance of the operator UI; it reuses the admin's session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/**
 * A plain `fetch` of the backend with the admin's session cookie, for the few answers whose body
 * matters on an error (the js-sdk keeps only the message): the catalogue import's per-row errors.
 */
export function backendFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const base = String(import.meta.env.VITE_BACKEND_URL || "").replace(/\/+$/, "")
  return fetch(`${base}${path}`, { credentials: "include", ...init })
}
