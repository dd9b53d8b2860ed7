"use server"

import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import type { ActionState, VendorKind, VendorSession } from "../../types/vitrina"
import { getSdk } from "../config"
import { localizePath } from "../i18n/config"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { describeError, normalizeError } from "../util/errors"
import { tokenActorId } from "../util/jwt"
import { isValidHandle } from "../util/vendor-portal"
import { tags } from "./cache"
import { removeVendorAuthToken, setVendorAuthToken } from "./cookies"
import { describePortalError, formText, isMissing, isSignedOut, vendorGet, vendorSend } from "./vendor-request"

/** The signed-in vendor and member (`GET /vendor/me`), or null without a valid vendor token. */
export async function retrieveVendorSession(): Promise<VendorSession | null> {
  try {
    return await vendorGet<VendorSession>("/vendor/me", [tags.vendorMe])
  } catch (error) {
    if (isSignedOut(error) || isMissing(error) || normalizeError(error).kind === "forbidden") {
      return null
    }
    throw error
  }
}

async function authRequest(path: string, email: string, password: string, bearer?: string): Promise<string> {
  const { token } = await getSdk().client.fetch<{ token?: string; location?: string }>(path, {
    method: "POST",
    body: { email, password },
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    cache: "no-store",
  })
  if (!token) {
    // Redirect-based, MFA or verification flows are not part of the vendor portal.
    throw new Error("This account needs an additional sign-in step that the portal does not support.")
  }
  return token
}

function password(formData: FormData): string {
  const value = formData.get("password")
  return typeof value === "string" ? value : ""
}

async function startVendorSession(token: string): Promise<void> {
  await setVendorAuthToken(token)
  updateTag(tags.vendorMe)
  updateTag(tags.vendorProducts)
  updateTag(tags.vendorOrders)
  updateTag(tags.vendorBalance)
}

export async function vendorLogin(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const email = formText(formData, "email")
  const secret = password(formData)
  if (!email || !secret) {
    return { error: dict.account.missingCredentials }
  }
  try {
    const token = await authRequest("/auth/vendor/emailpass", email, secret)
    if (!tokenActorId(token)) {
      return { error: dict.portal.auth.noShop }
    }
    await startVendorSession(token)
  } catch (error) {
    if (isSignedOut(error) || normalizeError(error).kind === "forbidden") {
      return { error: dict.account.invalidCredentials }
    }
    return { error: describeError(error, dict.errors) }
  }
  redirect(localizePath(locale, "/vendor"))
}

/**
 * Vendor sign-up in one form: the email/password identity (or the existing one, when the person
 * already has a vendor identity without a shop), then `POST /vendor/register`, then a fresh login
 * so that the token carries the new member.
 */
export async function vendorRegister(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const d = dict.portal.auth
  const email = formText(formData, "email")
  const secret = password(formData)
  const name = formText(formData, "shop_name")
  const handle = formText(formData, "handle").toLowerCase()
  const kind = formText(formData, "kind") as VendorKind
  const country = formText(formData, "country_code").toLowerCase()
  if (!email || !secret || !name || !handle) {
    return { error: dict.account.missingFields }
  }
  if (secret.length < 8) {
    return { error: dict.account.passwordTooShort }
  }
  if (!isValidHandle(handle)) {
    return { error: d.invalidHandle }
  }
  if (kind !== "seller" && kind !== "teacher") {
    return { error: d.chooseKind }
  }
  if (country && !/^[a-z]{2}$/.test(country)) {
    return { error: dict.account.missingFields }
  }

  let identityToken: string
  try {
    identityToken = await authRequest("/auth/vendor/emailpass/register", email, secret)
  } catch (error) {
    if (!isSignedOut(error)) {
      return { error: describeError(error, dict.errors) }
    }
    // The identity exists: with the right password, finish a sign-up that stopped halfway.
    try {
      identityToken = await authRequest("/auth/vendor/emailpass", email, secret)
    } catch {
      return { error: d.emailTaken }
    }
    if (tokenActorId(identityToken)) {
      return { error: d.alreadyVendor }
    }
  }

  try {
    await getSdk().client.fetch("/vendor/register", {
      method: "POST",
      body: {
        name,
        handle,
        kind,
        ...(country ? { country_code: country } : {}),
      },
      headers: { authorization: `Bearer ${identityToken}` },
      cache: "no-store",
    })
  } catch (error) {
    const normalized = normalizeError(error)
    if (normalized.kind === "conflict" || /handle/i.test(normalized.message)) {
      return { error: /taken|exist|unique/i.test(normalized.message) || normalized.kind === "conflict" ? d.handleTaken : d.invalidHandle }
    }
    return { error: describeError(error, dict.errors) }
  }

  try {
    await startVendorSession(await authRequest("/auth/vendor/emailpass", email, secret))
  } catch (error) {
    return { error: describeError(error, dict.errors) }
  }
  redirect(localizePath(locale, "/vendor?welcome=1"))
}

export async function vendorLogout(formData: FormData): Promise<void> {
  const locale = localeFrom(formData.get("locale"))
  await removeVendorAuthToken()
  updateTag(tags.vendorMe)
  updateTag(tags.vendorProducts)
  updateTag(tags.vendorOrders)
  updateTag(tags.vendorBalance)
  redirect(localizePath(locale, "/vendor/login"))
}

/** `POST /vendor/me`: the shop's public profile (allowed in every status). */
export async function updateVendorProfile(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const name = formText(formData, "name")
  if (!name) {
    return { error: dict.account.missingFields }
  }
  const optional = (key: string, lower = false) => {
    const value = formText(formData, key)
    return value ? (lower ? value.toLowerCase() : value) : null
  }
  const body = {
    name,
    description: optional("description"),
    logo: optional("logo"),
    phone: optional("phone"),
    country_code: optional("country_code", true),
    currency_code: optional("currency_code", true),
  }
  try {
    const { vendor } = await vendorSend<VendorSession>("/vendor/me", "POST", body)
    updateTag(tags.vendorMe)
    updateTag(tags.vendors)
    updateTag(tags.vendor(vendor.handle))
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  return { error: null, success: true }
}
