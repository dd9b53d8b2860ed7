import Medusa from "@medusajs/js-sdk"

/** The one js-sdk instance of the operator UI; it reuses the admin's session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
