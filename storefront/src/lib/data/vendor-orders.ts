"use server"

import { updateTag } from "next/cache"
import type { ActionState, MaybeAvailable, VendorBalance, VendorOrder } from "../../types/vitrina"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { normalizeError } from "../util/errors"
import { tags } from "./cache"
import { withAbsoluteItemThumbnails } from "./media"
import { describePortalError, formText, isMissing, vendorGet, vendorSend } from "./vendor-request"

/**
 * Orders and balance of the signed-in vendor. These routes are the next step of the vendor API:
 * while the backend answers 404 for them, reads return `{ available: false }` and the pages show
 * an empty state instead of an error.
 */
export async function listMyOrders({ page = 1, limit = 20 }: { page?: number; limit?: number } = {}): Promise<
  MaybeAvailable<{ orders: VendorOrder[]; count: number }>
> {
  try {
    const { orders, count } = await vendorGet<{ orders: VendorOrder[]; count: number }>(
      "/vendor/orders",
      [tags.vendorOrders],
      { limit, offset: (Math.max(1, page) - 1) * limit }
    )
    return { available: true, data: { orders: orders.map(withAbsoluteItemThumbnails), count } }
  } catch (error) {
    if (isMissing(error)) {
      return { available: false }
    }
    throw error
  }
}

/** One order of the vendor, or null (unknown, foreign, or the route does not exist yet). */
export async function retrieveMyOrder(id: string): Promise<VendorOrder | null> {
  try {
    const { order } = await vendorGet<{ order: VendorOrder }>(`/vendor/orders/${encodeURIComponent(id)}`, [
      tags.vendorOrders,
      tags.vendorOrder(id),
    ])
    return withAbsoluteItemThumbnails(order)
  } catch (error) {
    const kind = normalizeError(error).kind
    if (kind === "not_found" || kind === "validation") {
      return null
    }
    throw error
  }
}

function revalidateOrder(id: string): void {
  updateTag(tags.vendorOrders)
  updateTag(tags.vendorOrder(id))
  updateTag(tags.vendorBalance)
  // The customer's view of the same order (account and confirmation pages).
  updateTag(tags.order(id))
  updateTag(tags.orders)
}

/** `POST /vendor/orders/:id/ship`: creates the fulfilment of the vendor's items and marks it shipped. */
export async function shipVendorOrder(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const id = formText(formData, "id")
  const carrier = formText(formData, "carrier")
  const trackingNumber = formText(formData, "tracking_number")
  if (!id || !carrier || !trackingNumber) {
    return { error: dict.portal.orders.shipMissing }
  }
  try {
    await vendorSend(`/vendor/orders/${encodeURIComponent(id)}/ship`, "POST", {
      carrier,
      tracking_number: trackingNumber,
    })
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  revalidateOrder(id)
  return { error: null, success: true }
}

/** `POST /vendor/orders/:id/cancel`. */
export async function cancelVendorOrder(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const id = formText(formData, "id")
  if (!id) {
    return { error: dict.errors.generic }
  }
  try {
    await vendorSend(`/vendor/orders/${encodeURIComponent(id)}/cancel`, "POST", {})
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  revalidateOrder(id)
  return { error: null, success: true }
}

/** Available / pending / paid-out amounts per currency (`GET /vendor/balance`). */
export async function retrieveMyBalance(): Promise<MaybeAvailable<VendorBalance[]>> {
  try {
    const { balance } = await vendorGet<{ balance: VendorBalance[] }>("/vendor/balance", [tags.vendorBalance])
    return { available: true, data: balance }
  } catch (error) {
    if (isMissing(error)) {
      return { available: false }
    }
    throw error
  }
}
