"use server"

import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "../config"
import { normalizeError } from "../util/errors"
import { privateFetch, tags } from "./cache"
import { withAbsoluteItemThumbnails } from "./media"
import { getAuthHeaders } from "./cookies"

const ORDER_FIELDS =
  "*items,*shipping_address,*shipping_methods,+email,+display_id,+customer_id,+payment_status,+fulfillment_status"

/** One order by id (public in the Medusa store API: confirmation page and account). */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().client.fetch<HttpTypes.StoreOrderResponse>(
      `/store/orders/${encodeURIComponent(id)}`,
      {
        query: { fields: ORDER_FIELDS },
        headers: await getAuthHeaders(),
        ...privateFetch([tags.order(id)]),
      }
    )
    return withAbsoluteItemThumbnails(order)
  } catch (error) {
    const kind = normalizeError(error).kind
    if (kind === "not_found" || kind === "validation") {
      return null
    }
    throw error
  }
}

/** The signed-in customer's orders, newest first. */
export async function listOrders({ limit = 20, offset = 0 } = {}): Promise<{
  orders: HttpTypes.StoreOrder[]
  count: number
}> {
  const headers = await getAuthHeaders()
  if (!headers.authorization) {
    return { orders: [], count: 0 }
  }
  const { orders, count } = await getSdk().client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: {
      limit,
      offset,
      order: "-created_at",
      fields: "id,display_id,status,total,currency_code,created_at,*items,payment_status,fulfillment_status",
    },
    headers,
    ...privateFetch([tags.orders]),
  })
  return { orders, count }
}
