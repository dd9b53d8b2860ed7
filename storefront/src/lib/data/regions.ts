"use server"

import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { getSdk } from "../config"
import { resolveRegion } from "../util/region"
import { catalogFetch, tags } from "./cache"
import { getAuthHeaders, getCartId, getRegionCookie, setRegionCookie } from "./cookies"

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const { regions } = await getSdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries", limit: 50 },
    ...catalogFetch([tags.regions]),
  })
  return regions
}

/** The visitor's region: the one in the region cookie, otherwise Europe (EUR). */
export async function getCurrentRegion(): Promise<HttpTypes.StoreRegion | null> {
  const [regions, preferredId] = await Promise.all([listRegions(), getRegionCookie()])
  return resolveRegion(regions, preferredId)
}

/** Region switcher action: remembers the region and moves the open cart to it. */
export async function switchRegion(formData: FormData): Promise<void> {
  const regionId = formData.get("region_id")
  if (typeof regionId !== "string" || !regionId) {
    return
  }
  const regions = await listRegions()
  if (!regions.some((region) => region.id === regionId)) {
    return
  }
  await setRegionCookie(regionId)

  const cartId = await getCartId()
  if (cartId) {
    try {
      await getSdk().store.cart.update(
        cartId,
        { region_id: regionId },
        { fields: "id" },
        await getAuthHeaders()
      )
    } catch {
      // A completed or vanished cart is replaced on the next add-to-cart.
    }
    updateTag(tags.cart(cartId))
    updateTag(tags.shipping(cartId))
  }
  updateTag(tags.products)
}
