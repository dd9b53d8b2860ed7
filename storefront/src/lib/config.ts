/**
 * Server-side runtime configuration and the single Medusa js-sdk instance.
 * Only `src/lib/data/*` may import `getSdk`; nothing here is sent to the browser.
 * Values are read from the environment at request time (not inlined at build time).
 */
import Medusa from "@medusajs/js-sdk"

const DEFAULT_BACKEND_URL = "http://localhost:9000"
const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

function env(name: string): string | undefined {
  const value = process.env[name]
  return value && value.trim() ? value.trim() : undefined
}

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "")
}

/** Base URL of the Medusa backend (`MEDUSA_BACKEND_URL`). */
export function getBackendUrl(): string {
  return stripTrailingSlash(env("MEDUSA_BACKEND_URL") ?? DEFAULT_BACKEND_URL)
}

/** Public URL of this storefront, for canonical URLs (`STOREFRONT_URL` or `NEXT_PUBLIC_BASE_URL`). */
export function getStorefrontUrl(): string {
  return stripTrailingSlash(env("STOREFRONT_URL") ?? env("NEXT_PUBLIC_BASE_URL") ?? DEFAULT_STOREFRONT_URL)
}

/** Cookies get the `Secure` flag only when the storefront is served over https. */
export function secureCookies(): boolean {
  return getStorefrontUrl().startsWith("https://")
}

/**
 * Seconds catalog reads (products, categories, vendors, regions) may be served from the
 * Next.js data cache. `0` (default) always asks the backend, so changes made in the admin
 * show up immediately; tags are still attached so a positive TTL can be revalidated on demand.
 */
export function getCatalogTtl(): number {
  const value = Number(env("STOREFRONT_CACHE_TTL") ?? "0")
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
}

/** Resolves backend-relative asset paths (`/static/x.jpg`) to absolute URLs. */
export function absoluteBackendUrl(url: string | null | undefined): string | null {
  if (!url) {
    return null
  }
  if (/^https?:\/\//.test(url)) {
    return url
  }
  if (url.startsWith("//")) {
    return `https:${url}`
  }
  return `${getBackendUrl()}${url.startsWith("/") ? "" : "/"}${url}`
}

let sdkInstance: Medusa | null = null

/** The one js-sdk instance. Tokens are never stored in it: each call passes its own headers. */
export function getSdk(): Medusa {
  if (!sdkInstance) {
    const publishableKey = env("MEDUSA_PUBLISHABLE_KEY")
    if (!publishableKey) {
      throw new Error(
        "MEDUSA_PUBLISHABLE_KEY is not set: the storefront needs a publishable API key of the Medusa backend."
      )
    }
    sdkInstance = new Medusa({
      baseUrl: getBackendUrl(),
      publishableKey,
      debug: false,
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    })
  }
  return sdkInstance
}
