"use server"

import type { Paginated, Product, SortKey, VendorSummary } from "../../types/vitrina"
import { getSdk } from "../config"
import { getCheapestPrice } from "../util/product"
import { catalogFetch, tags } from "./cache"
import { PRODUCT_FIELDS } from "./fields"
import { withAbsoluteMedia } from "./media"

/** How many products are fetched to sort by price in memory (the store API cannot). */
const PRICE_SORT_WINDOW = 100

type ListQuery = {
  regionId: string
  page?: number
  limit?: number
  sort?: SortKey
  categoryIds?: string[]
  handle?: string
}

type ProductListResponse = { products: Product[]; count: number }

async function fetchProducts(
  query: Record<string, unknown>,
  cacheTags: string[],
  extraFields = ""
): Promise<ProductListResponse> {
  const response = await getSdk().client.fetch<ProductListResponse>("/store/products", {
    query: { ...query, fields: PRODUCT_FIELDS + extraFields },
    ...catalogFetch(cacheTags),
  })
  const products = await attachVendors(response.products)
  return { ...response, products: products.map(withAbsoluteMedia) }
}

type ProductVendorsResponse = { product_vendors: { product_id: string; vendor: VendorSummary }[] }

/**
 * Adds `product.vendor`: Medusa's product routes cannot carry it, so the backend exposes
 * the vendor of many products at once through `GET /store/product-vendors?product_id=...`.
 * Products of inactive vendors (or without one) get `vendor: null`.
 */
async function attachVendors(products: Product[]): Promise<Product[]> {
  const missing = products.filter((product) => product.vendor === undefined).map((product) => product.id)
  if (missing.length === 0) {
    return products
  }
  try {
    const { product_vendors } = await getSdk().client.fetch<ProductVendorsResponse>("/store/product-vendors", {
      query: { product_id: missing.slice(0, 100) },
      ...catalogFetch([tags.vendors, tags.products]),
    })
    const byProduct = new Map(product_vendors.map((entry) => [entry.product_id, entry.vendor]))
    return products.map((product) =>
      product.vendor === undefined ? { ...product, vendor: byProduct.get(product.id) ?? null } : product
    )
  } catch {
    // Vendor names are an enhancement of product grids: never fail the page for them.
    return products
  }
}

function sortByPrice(products: Product[], direction: 1 | -1): Product[] {
  return [...products].sort((a, b) => {
    const pa = getCheapestPrice(a)?.amount
    const pb = getCheapestPrice(b)?.amount
    if (pa === undefined) return 1
    if (pb === undefined) return -1
    return (pa - pb) * direction
  })
}

export async function listProducts({
  regionId,
  page = 1,
  limit = 12,
  sort = "newest",
  categoryIds,
}: ListQuery): Promise<Paginated<Product>> {
  const safePage = Math.max(1, Math.floor(page))
  const filters: Record<string, unknown> = regionId ? { region_id: regionId } : {}
  if (categoryIds && categoryIds.length > 0) {
    filters.category_id = categoryIds
  }
  const cacheTags = [tags.products]

  if (sort === "newest") {
    const { products, count } = await fetchProducts(
      { ...filters, limit, offset: (safePage - 1) * limit, order: "-created_at" },
      cacheTags
    )
    return { items: products, count, page: safePage, pageCount: Math.max(1, Math.ceil(count / limit)) }
  }

  const { products, count } = await fetchProducts(
    { ...filters, limit: PRICE_SORT_WINDOW, offset: 0, order: "-created_at" },
    cacheTags
  )
  const sorted = sortByPrice(products, sort === "price_asc" ? 1 : -1)
  const total = Math.min(count, sorted.length)
  return {
    items: sorted.slice((safePage - 1) * limit, safePage * limit),
    count: total,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(total / limit)),
  }
}

export async function getProductByHandle(handle: string, regionId: string): Promise<Product | null> {
  const { products } = await fetchProducts(
    { handle, region_id: regionId, limit: 1 },
    [tags.products, tags.product(handle)],
    ",*categories"
  )
  return products[0] ?? null
}

/** One published product by id with prices for the region (the product sold for a course), or null. */
export async function getProductById(id: string, regionId: string): Promise<Product | null> {
  const { products } = await fetchProducts({ id, region_id: regionId || undefined, limit: 1 }, [tags.products])
  return products[0] ?? null
}
