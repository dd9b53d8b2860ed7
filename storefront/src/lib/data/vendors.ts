"use server"

import type { Paginated, Product, Vendor, VendorKind } from "../../types/vitrina"
import { absoluteBackendUrl, getSdk } from "../config"
import { isNotFound, normalizeError } from "../util/errors"
import { catalogFetch, tags } from "./cache"
import { PRODUCT_FIELDS } from "./fields"
import { withAbsoluteMedia } from "./media"

function withAbsoluteLogo(vendor: Vendor): Vendor {
  return { ...vendor, logo: absoluteBackendUrl(vendor.logo) }
}

type VendorListResponse = { vendors: Vendor[]; count: number; limit: number; offset: number }

export async function listVendors({
  kind,
  limit = 12,
  offset = 0,
}: { kind?: VendorKind; limit?: number; offset?: number } = {}): Promise<{ vendors: Vendor[]; count: number }> {
  const { vendors, count } = await getSdk().client.fetch<VendorListResponse>("/store/vendors", {
    query: { kind, limit, offset },
    ...catalogFetch([tags.vendors]),
  })
  return { vendors: vendors.map(withAbsoluteLogo), count }
}

/** The vendor with this handle, or null when the backend answers 404. */
export async function getVendorByHandle(handle: string): Promise<Vendor | null> {
  try {
    const { vendor } = await getSdk().client.fetch<{ vendor: Vendor }>(
      `/store/vendors/${encodeURIComponent(handle)}`,
      catalogFetch([tags.vendors, tags.vendor(handle)])
    )
    return withAbsoluteLogo(vendor)
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}

export async function listVendorProducts(
  handle: string,
  { regionId, page = 1, limit = 12 }: { regionId: string; page?: number; limit?: number }
): Promise<Paginated<Product>> {
  const safePage = Math.max(1, Math.floor(page))
  const request = (fields?: string) =>
    getSdk().client.fetch<{ products: Product[]; count: number }>(
      `/store/vendors/${encodeURIComponent(handle)}/products`,
      {
        query: { limit, offset: (safePage - 1) * limit, region_id: regionId || undefined, fields },
        ...catalogFetch([tags.products, tags.vendor(handle)]),
      }
    )
  let response: { products: Product[]; count: number }
  try {
    response = await request(PRODUCT_FIELDS)
  } catch (error) {
    // The contract only promises limit/offset/region_id: retry without `fields` if refused.
    if (normalizeError(error).kind !== "validation") {
      throw error
    }
    response = await request()
  }
  const { products, count } = response
  return {
    items: products.map(withAbsoluteMedia),
    count,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(count / limit)),
  }
}
