"use server"

import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import type { ActionState } from "../../types/vitrina"
import { getSdk } from "../config"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { localizePath } from "../i18n/config"
import { describeError, normalizeError } from "../util/errors"
import { privateFetch, tags } from "./cache"
import { getAuthHeaders, getCartId, getDeviceHeaders, removeCartId, setCartId } from "./cookies"
import { withAbsoluteItemThumbnails } from "./media"
import { getCurrentRegion } from "./regions"

const CART_FIELDS = "+items.total,+items.subtotal,+shipping_methods.name"

export type ShippingOptionView = {
  id: string
  name: string
  amount: number | null
  profileId: string
  /** The seller shipping this group (per-vendor shipping profiles), when known. */
  vendorName?: string
}

type ShippingGroups = {
  shipping_groups: { shipping_profile_id: string; vendor: { name: string } | null }[]
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** The open cart of this visitor, or null (no cookie, unknown or already completed cart). */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}`, {
      query: { fields: CART_FIELDS },
      headers: await getAuthHeaders(),
      ...privateFetch([tags.cart(cartId)]),
    })
    return cart.completed_at ? null : withAbsoluteItemThumbnails(cart)
  } catch (error) {
    const kind = normalizeError(error).kind
    if (kind === "not_found" || kind === "unauthorized" || kind === "forbidden") {
      return null
    }
    throw error
  }
}

/** Number of units in the cart, for the header badge. Never throws. */
export async function getCartItemCount(): Promise<number> {
  try {
    const cart = await retrieveCart()
    return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  } catch {
    return 0
  }
}

/** The open cart in the visitor's region, created on first use. Only for server actions. */
async function ensureCart(): Promise<{ id: string }> {
  const region = await getCurrentRegion()
  if (!region) {
    throw new Error("No region is configured in the store.")
  }
  const headers = await getAuthHeaders()
  const existing = await retrieveCart()
  if (existing) {
    if (existing.region_id !== region.id) {
      await getSdk().store.cart.update(existing.id, { region_id: region.id }, { fields: "id" }, headers)
    }
    return existing
  }
  const { cart } = await getSdk().store.cart.create({ region_id: region.id }, { fields: "id" }, headers)
  await setCartId(cart.id)
  return cart
}

function refreshCartTags(cartId: string) {
  updateTag(tags.cart(cartId))
  updateTag(tags.shipping(cartId))
}

export async function addToCart(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const variantId = field(formData, "variant_id")
  const quantity = Math.min(Math.max(Number.parseInt(field(formData, "quantity") || "1", 10) || 1, 1), 99)
  if (!variantId) {
    return { error: dict.product.chooseVariant }
  }
  try {
    const cart = await ensureCart()
    await getSdk().store.cart.createLineItem(
      cart.id,
      { variant_id: variantId, quantity },
      { fields: "id" },
      await getAuthHeaders()
    )
    refreshCartTags(cart.id)
    return { error: null, success: true }
  } catch (error) {
    return { error: describeError(error, dict.errors) }
  }
}

export async function updateLineItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const lineId = field(formData, "line_id")
  const quantity = Number.parseInt(field(formData, "quantity"), 10)
  const cartId = await getCartId()
  if (!cartId || !lineId || !Number.isFinite(quantity)) {
    return { error: dict.errors.generic }
  }
  try {
    const headers = await getAuthHeaders()
    if (quantity <= 0) {
      await getSdk().store.cart.deleteLineItem(cartId, lineId, { fields: "id" }, headers)
    } else {
      await getSdk().store.cart.updateLineItem(cartId, lineId, { quantity: Math.min(quantity, 99) }, { fields: "id" }, headers)
    }
    refreshCartTags(cartId)
    return { error: null, success: true }
  } catch (error) {
    return { error: describeError(error, dict.errors) }
  }
}

export async function removeLineItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  formData.set("quantity", "0")
  return updateLineItem(_prev, formData)
}

// ---------------------------------------------------------------- checkout

const ADDRESS_FIELDS = ["first_name", "last_name", "address_1", "city", "postal_code", "country_code"] as const

export async function setCheckoutAddress(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const cartId = await getCartId()
  if (!cartId) {
    return { error: dict.checkout.emptyCart }
  }
  const email = field(formData, "email")
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return { error: dict.checkout.invalidEmail }
  }
  if (ADDRESS_FIELDS.some((name) => !field(formData, name))) {
    return { error: dict.checkout.missingFields }
  }
  const address: HttpTypes.StoreAddAddress = {
    first_name: field(formData, "first_name"),
    last_name: field(formData, "last_name"),
    address_1: field(formData, "address_1"),
    address_2: field(formData, "address_2") || undefined,
    company: field(formData, "company") || undefined,
    city: field(formData, "city"),
    postal_code: field(formData, "postal_code"),
    province: field(formData, "province") || undefined,
    country_code: field(formData, "country_code").toLowerCase(),
    phone: field(formData, "phone") || undefined,
  }
  try {
    await getSdk().store.cart.update(
      cartId,
      { email, shipping_address: address, billing_address: address },
      { fields: "id" },
      await getAuthHeaders()
    )
  } catch (error) {
    return { error: describeError(error, dict.errors) }
  }
  refreshCartTags(cartId)
  redirect(`${localizePath(locale, "/checkout")}?step=delivery`)
}

/** Shipping options the backend offers for the cart's address and items. */
export async function listShippingOptions(cartId: string): Promise<ShippingOptionView[]> {
  const headers = await getAuthHeaders()
  const { shipping_options } = await getSdk().client.fetch<HttpTypes.StoreShippingOptionListResponse>(
    "/store/shipping-options",
    { query: { cart_id: cartId }, headers, ...privateFetch([tags.shipping(cartId), tags.cart(cartId)]) }
  )
  // Medusa lists the options of every shipping profile at the address; each seller has its own profile,
  // so keep only the profiles of this cart's items (one delivery choice per seller in the cart).
  const groups = await getSdk()
    .client.fetch<ShippingGroups>(`/store/carts/${encodeURIComponent(cartId)}/shipping-groups`, {
      headers,
      ...privateFetch([tags.shipping(cartId), tags.cart(cartId)]),
    })
    .then((r) => r.shipping_groups)
    .catch(() => null)
  const vendorOf = new Map((groups ?? []).map((g) => [g.shipping_profile_id, g.vendor?.name]))
  const needed = groups
    ? shipping_options.filter((option) => option.shipping_profile_id && vendorOf.has(option.shipping_profile_id))
    : shipping_options
  const views = await Promise.all(
    needed.map(async (option): Promise<ShippingOptionView> => {
      let amount: number | null = typeof option.amount === "number" ? option.amount : null
      if (option.price_type === "calculated") {
        try {
          const { shipping_option } = await getSdk().store.fulfillment.calculate(
            option.id,
            { cart_id: cartId },
            {},
            headers
          )
          amount = typeof shipping_option.amount === "number" ? shipping_option.amount : null
        } catch {
          amount = null
        }
      }
      return {
        id: option.id,
        name: option.name,
        amount,
        profileId: option.shipping_profile_id ?? "default",
        ...(vendorOf.get(option.shipping_profile_id ?? "") ? { vendorName: vendorOf.get(option.shipping_profile_id ?? "") } : {}),
      }
    })
  )
  return views
}

export async function setShippingMethods(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const cartId = await getCartId()
  if (!cartId) {
    return { error: dict.checkout.emptyCart }
  }
  const chosen = Array.from(formData.entries())
    .filter(([key, value]) => key.startsWith("shipping_option") && typeof value === "string" && value)
    .map(([, value]) => String(value))
  try {
    const options = await listShippingOptions(cartId)
    const profiles = new Set(options.map((option) => option.profileId))
    const valid = chosen.filter((id) => options.some((option) => option.id === id))
    const coveredProfiles = new Set(
      valid.map((id) => options.find((option) => option.id === id)?.profileId)
    )
    if (valid.length === 0 || coveredProfiles.size < profiles.size) {
      return { error: dict.checkout.chooseShipping }
    }
    const headers = await getAuthHeaders()
    for (const optionId of valid) {
      await getSdk().store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" }, headers)
    }
  } catch (error) {
    return { error: describeError(error, dict.errors) }
  }
  refreshCartTags(cartId)
  redirect(`${localizePath(locale, "/checkout")}?step=payment`)
}

export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await getSdk().client.fetch<HttpTypes.StorePaymentProviderListResponse>(
    "/store/payment-providers",
    { query: { region_id: regionId }, ...privateFetch([tags.payment]) }
  )
  return payment_providers.map((provider) => provider.id)
}

export async function initiatePayment(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const providerId = field(formData, "provider_id") || "pp_system_default"
  try {
    const cart = await retrieveCart()
    if (!cart) {
      return { error: dict.checkout.emptyCart }
    }
    await getSdk().store.payment.initiatePaymentSession(
      cart,
      { provider_id: providerId },
      { fields: "id" },
      await getAuthHeaders()
    )
    refreshCartTags(cart.id)
  } catch (error) {
    return { error: describeError(error, dict.errors) }
  }
  redirect(`${localizePath(locale, "/checkout")}?step=review`)
}

export async function placeOrder(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const cartId = await getCartId()
  if (!cartId) {
    return { error: dict.checkout.emptyCart }
  }
  let orderId: string
  try {
    // the device id feeds the fraud rules' "several accounts on one device" (checked on completion)
    const result = await getSdk().store.cart.complete(cartId, {}, { ...(await getAuthHeaders()), ...(await getDeviceHeaders()) })
    if (result.type !== "order") {
      refreshCartTags(cartId)
      return { error: result.error?.message || dict.checkout.orderFailed }
    }
    orderId = result.order.id
  } catch (error) {
    return { error: describeError(error, dict.errors) }
  }
  await removeCartId()
  refreshCartTags(cartId)
  updateTag(tags.orders)
  redirect(localizePath(locale, `/order/${orderId}/confirmed`))
}
