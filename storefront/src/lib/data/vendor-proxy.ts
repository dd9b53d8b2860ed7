/**
 * Route handlers of the vendor portal that talk to the backend directly (streamed uploads and
 * downloads, polling) with the vendor member's token from its httpOnly cookie. Not a server action
 * module: only route handlers import it.
 */
import { NextResponse } from "next/server"
import { getBackendUrl } from "../config"
import { getVendorAuthHeaders } from "./cookies"
import { forwardHeaders } from "./proxy-request"

export const SIGNED_OUT = "Please sign in again to continue."
export const UNREACHABLE = "The store is temporarily unreachable."

/**
 * `fetch` of a vendor API path with the vendor's token; null when there is no vendor session.
 * Throws like `fetch` when the backend cannot be reached.
 */
export async function vendorFetch(path: string, init: RequestInit & { duplex?: "half" } = {}): Promise<Response | null> {
  const auth = await getVendorAuthHeaders()
  if (!auth.authorization) {
    return null
  }
  return fetch(`${getBackendUrl()}${path}`, {
    ...init,
    headers: forwardHeaders({ ...auth, ...((init.headers as Record<string, string> | undefined) ?? {}) }),
    cache: "no-store",
  })
}

/** Passes a JSON answer through with its status (a non-JSON body becomes `{ message }`). */
export async function relayJson(upstream: Response): Promise<NextResponse> {
  const text = await upstream.text()
  let json: unknown
  try {
    json = text ? JSON.parse(text) : {}
  } catch {
    json = { message: text.slice(0, 240) }
  }
  return NextResponse.json(json, { status: upstream.status, headers: { "cache-control": "private, no-store" } })
}

export function jsonError(message: string, status: number): NextResponse {
  return NextResponse.json({ message }, { status, headers: { "cache-control": "private, no-store" } })
}
