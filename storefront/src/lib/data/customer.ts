"use server"

import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import type { ActionState } from "../../types/vitrina"
import { getSdk } from "../config"
import { localizePath } from "../i18n/config"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { safeReturnPath } from "../util/course"
import { describeError, normalizeError } from "../util/errors"
import { privateFetch, tags } from "./cache"
import { getAuthHeaders, getCartId, getDeviceHeaders, removeAuthToken, removeCartId, setAuthToken } from "./cookies"

function field(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** The signed-in customer, or null (no token, expired or rejected token). */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await getAuthHeaders()
  if (!headers.authorization) {
    return null
  }
  try {
    const { customer } = await getSdk().client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name,phone,created_at" },
      headers,
      ...privateFetch([tags.customer]),
    })
    return customer
  } catch (error) {
    const kind = normalizeError(error).kind
    if (kind === "unauthorized" || kind === "forbidden" || kind === "not_found") {
      return null
    }
    throw error
  }
}

/** Logs in with email/password; returns the JWT or throws. */
async function loginWithPassword(email: string, password: string): Promise<string> {
  // POST /auth/customer/emailpass (what sdk.auth.login sends), with the browser's device id
  const result = await getSdk().client.fetch<{ token?: string; location?: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
    headers: await getDeviceHeaders(),
    cache: "no-store",
  })
  if (typeof result.token !== "string") {
    // Redirect-based, MFA or verification flows are not supported by this storefront yet.
    throw new Error("This account needs an additional sign-in step that the storefront does not support.")
  }
  return result.token
}

/** Gives the guest cart (if any) to the customer who just signed in. */
async function transferGuestCart(token: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) {
    return
  }
  try {
    await getSdk().store.cart.transferCart(cartId, { fields: "id" }, { authorization: `Bearer ${token}` })
  } catch {
    // A completed or foreign cart cannot be transferred: start a fresh one instead.
    await removeCartId()
  }
  updateTag(tags.cart(cartId))
}

async function startSession(token: string): Promise<void> {
  await setAuthToken(token)
  await transferGuestCart(token)
  updateTag(tags.customer)
  updateTag(tags.orders)
}

export async function login(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const email = field(formData, "email")
  const password = typeof formData.get("password") === "string" ? String(formData.get("password")) : ""
  if (!email || !password) {
    return { error: dict.account.missingCredentials }
  }
  try {
    const token = await loginWithPassword(email, password)
    await startSession(token)
  } catch (error) {
    const kind = normalizeError(error).kind
    if (kind === "unauthorized" || kind === "forbidden") {
      return { error: dict.account.invalidCredentials }
    }
    return { error: describeError(error, dict.errors) }
  }
  redirect(safeReturnPath(formData.get("next")) ?? localizePath(locale, "/account"))
}

export async function register(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const email = field(formData, "email")
  const password = typeof formData.get("password") === "string" ? String(formData.get("password")) : ""
  const firstName = field(formData, "first_name")
  const lastName = field(formData, "last_name")
  if (!email || !password || !firstName || !lastName) {
    return { error: dict.account.missingFields }
  }
  if (password.length < 8) {
    return { error: dict.account.passwordTooShort }
  }
  try {
    const registrationToken = await getSdk().auth.register("customer", "emailpass", { email, password })
    await getSdk().store.customer.create(
      { email, first_name: firstName, last_name: lastName },
      {},
      { authorization: `Bearer ${registrationToken}`, ...(await getDeviceHeaders()) }
    )
    const token = await loginWithPassword(email, password)
    await startSession(token)
  } catch (error) {
    const normalized = normalizeError(error)
    if (normalized.kind === "unauthorized" && /exist/i.test(normalized.message)) {
      return { error: dict.account.emailTaken }
    }
    return { error: describeError(error, dict.errors) }
  }
  redirect(localizePath(locale, "/account"))
}

export async function logout(formData: FormData): Promise<void> {
  const locale = localeFrom(formData.get("locale"))
  await removeAuthToken()
  // The cart now belongs to the customer: a signed-out visitor starts with a new one.
  const cartId = await getCartId()
  await removeCartId()
  if (cartId) {
    updateTag(tags.cart(cartId))
  }
  updateTag(tags.customer)
  updateTag(tags.orders)
  redirect(localizePath(locale, "/account/login"))
}
