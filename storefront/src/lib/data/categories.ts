"use server"

import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "../config"
import { catalogFetch, tags } from "./cache"

const CATEGORY_FIELDS =
  "id,name,handle,description,rank,parent_category_id,*category_children,*parent_category"

export async function listCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  const { product_categories } = await getSdk().client.fetch<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    {
      query: { fields: CATEGORY_FIELDS, limit: 100, order: "rank" },
      ...catalogFetch([tags.categories]),
    }
  )
  return product_categories
}

/** Top-level categories (for the home tiles and navigation), in rank order. */
export async function listTopCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  const categories = await listCategories()
  return categories.filter((category) => !category.parent_category_id)
}

export async function getCategoryByHandle(handle: string): Promise<HttpTypes.StoreProductCategory | null> {
  const { product_categories } = await getSdk().client.fetch<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    {
      query: { handle, fields: CATEGORY_FIELDS, limit: 1 },
      ...catalogFetch([tags.categories]),
    }
  )
  return product_categories[0] ?? null
}
