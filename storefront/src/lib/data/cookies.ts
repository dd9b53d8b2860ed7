/**
 * httpOnly cookies holding the visitor's session state. Reading works everywhere on the
 * server; writing only inside server actions and route handlers (Next.js rule).
 */
import { cookies } from "next/headers"
import { DEVICE_COOKIE, DEVICE_MAX_AGE, newDeviceId, validDeviceId } from "../util/device"
import { secureCookies } from "../config"
import { tokenMaxAge } from "../util/jwt"

export const AUTH_COOKIE = "_vitrina_jwt"
export const CART_COOKIE = "_vitrina_cart_id"
export const REGION_COOKIE = "_vitrina_region"
/** The vendor portal's JWT: separate from the customer's, so one browser can be both. */
export const VENDOR_AUTH_COOKIE = "_vitrina_vendor_jwt"

const WEEK = 60 * 60 * 24 * 7
const YEAR = 60 * 60 * 24 * 365

function cookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies(),
    path: "/",
    maxAge,
  }
}

export async function getAuthToken(): Promise<string | null> {
  return (await cookies()).get(AUTH_COOKIE)?.value || null
}

/** `{ authorization: "Bearer ..." }` for a signed-in customer, `{}` otherwise. */
export async function getAuthHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Stores the customer JWT; the cookie expires together with the token. */
export async function setAuthToken(token: string): Promise<void> {
  const maxAge = Math.min(tokenMaxAge(token, Date.now() / 1000), WEEK)
  ;(await cookies()).set(AUTH_COOKIE, token, cookieOptions(maxAge))
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

export async function getCartId(): Promise<string | null> {
  return (await cookies()).get(CART_COOKIE)?.value || null
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, cookieOptions(WEEK))
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getRegionCookie(): Promise<string | null> {
  return (await cookies()).get(REGION_COOKIE)?.value || null
}

export async function setRegionCookie(regionId: string): Promise<void> {
  ;(await cookies()).set(REGION_COOKIE, regionId, cookieOptions(YEAR))
}

/** `{ authorization: "Bearer ..." }` for a signed-in vendor member, `{}` otherwise. */
export async function getVendorAuthHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(VENDOR_AUTH_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Stores the vendor member's JWT; the cookie expires together with the token (at most a week). */
export async function setVendorAuthToken(token: string): Promise<void> {
  const maxAge = Math.min(tokenMaxAge(token, Date.now() / 1000), WEEK)
  ;(await cookies()).set(VENDOR_AUTH_COOKIE, token, cookieOptions(maxAge))
}

export async function removeVendorAuthToken(): Promise<void> {
  ;(await cookies()).delete(VENDOR_AUTH_COOKIE)
}

/**
 * `{ "x-device-id": … }`: this browser's random first-party id (httpOnly cookie set by the proxy on
 * the first page, or here inside a server action when it is missing). The backend's fraud rules
 * use it to see several accounts on one device; nothing else identifies the device.
 */
export async function getDeviceHeaders(): Promise<Record<string, string>> {
  const jar = await cookies()
  const current = jar.get(DEVICE_COOKIE)?.value
  if (validDeviceId(current)) return { "x-device-id": current }
  const id = newDeviceId()
  try {
    jar.set(DEVICE_COOKIE, id, cookieOptions(DEVICE_MAX_AGE))
  } catch {
    // Rendering (not an action): the cookie cannot be written here; the proxy sets it on the next page.
  }
  return { "x-device-id": id }
}
