/**
 * The vendor portal's request helper, shared by the `vendor-*.ts` server actions (not itself a
 * server action module: it must never be callable from the browser). Every call goes through the
 * one js-sdk instance with the vendor member's bearer token from its own cookie.
 */
import type { ClientHeaders } from "@medusajs/js-sdk"
import { getSdk } from "../config"
import type { Dictionary } from "../i18n/dictionary"
import { describeError, normalizeError } from "../util/errors"
import { privateFetch } from "./cache"
import { getVendorAuthHeaders } from "./cookies"

/** A GET of the vendor API, tagged and never shared through the data cache. */
export async function vendorGet<T>(path: string, cacheTags: string[], query?: Record<string, unknown>): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    query,
    headers: await getVendorAuthHeaders(),
    ...privateFetch(cacheTags),
  })
}

/** A write of the vendor API (JSON body, or multipart when `body` is a `FormData`). */
export async function vendorSend<T>(path: string, method: "POST" | "DELETE", body?: Record<string, unknown> | FormData): Promise<T> {
  const headers: ClientHeaders = { ...(await getVendorAuthHeaders()) }
  if (body instanceof FormData) {
    // Let fetch write the multipart boundary: `null` removes the sdk's JSON content type.
    headers["content-type"] = null
  }
  return getSdk().client.fetch<T>(path, { method, body, headers, cache: "no-store" })
}

/** True for the answers that mean "not signed in as a vendor member". */
export function isSignedOut(error: unknown): boolean {
  const kind = normalizeError(error).kind
  return kind === "unauthorized"
}

/** True when the backend has no such route yet (or no such record): pages show an empty state. */
export function isMissing(error: unknown): boolean {
  return normalizeError(error).kind === "not_found"
}

export function formText(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/**
 * Message for a failed portal write: a refused write of a vendor that is not active (403) shows the
 * backend's explanation; everything else is described like any storefront error.
 */
export function describePortalError(error: unknown, dict: Dictionary): string {
  const normalized = normalizeError(error)
  if (normalized.kind === "forbidden") {
    return normalized.message || dict.portal.forbidden
  }
  return describeError(error, dict.errors)
}
