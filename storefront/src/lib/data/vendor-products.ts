"use server"

import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import type { ActionState, VendorProduct, VendorProductStatus } from "../../types/vitrina"
import { absoluteBackendUrl } from "../config"
import { localizePath } from "../i18n/config"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { normalizeError } from "../util/errors"
import { buildVariants, parseAmount, splitValues, type PriceInput } from "../util/vendor-portal"
import { tags } from "./cache"
import { describePortalError, formText, isMissing, vendorGet, vendorSend } from "./vendor-request"

export type VendorProductList = { products: VendorProduct[]; count: number }

const LIST_STATUSES: VendorProductStatus[] = ["draft", "published", "proposed", "rejected"]

function withAbsoluteImages(product: VendorProduct): VendorProduct {
  return {
    ...product,
    thumbnail: absoluteBackendUrl(product.thumbnail),
    images: (product.images ?? []).map((image) => ({ ...image, url: absoluteBackendUrl(image.url) ?? image.url })),
  }
}

/** The signed-in vendor's products in any status, newest first. */
export async function listMyProducts({
  status,
  page = 1,
  limit = 20,
}: { status?: string | null; page?: number; limit?: number } = {}): Promise<VendorProductList> {
  const safeStatus = LIST_STATUSES.find((s) => s === status)
  const { products, count } = await vendorGet<VendorProductList>("/vendor/products", [tags.vendorProducts], {
    status: safeStatus,
    limit,
    offset: (Math.max(1, page) - 1) * limit,
  })
  return { products: products.map(withAbsoluteImages), count }
}

/** Product counts for the dashboard: all, published and drafts. */
export async function countMyProducts(): Promise<{ all: number; published: number; draft: number }> {
  const count = async (status?: VendorProductStatus) =>
    (await vendorGet<VendorProductList>("/vendor/products", [tags.vendorProducts], { status, limit: 1 })).count
  const [all, published, draft] = await Promise.all([count(), count("published"), count("draft")])
  return { all, published, draft }
}

export async function retrieveMyProduct(id: string): Promise<VendorProduct | null> {
  try {
    const { product } = await vendorGet<{ product: VendorProduct }>(`/vendor/products/${encodeURIComponent(id)}`, [
      tags.vendorProducts,
      tags.vendorProduct(id),
    ])
    return withAbsoluteImages(product)
  } catch (error) {
    if (isMissing(error) || normalizeError(error).kind === "validation") {
      return null
    }
    throw error
  }
}

/** Uploads product images (`POST /vendor/uploads`, field `files`); answers their public URLs. */
export async function uploadVendorImages(formData: FormData): Promise<{ urls: string[]; error: string | null }> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const files = formData.getAll("files").filter((file): file is File => file instanceof File && file.size > 0)
  if (files.length === 0 || files.length > 5) {
    return { urls: [], error: dict.portal.products.imageCount }
  }
  if (files.some((file) => file.size > 5 * 1024 * 1024)) {
    return { urls: [], error: dict.portal.products.imageTooLarge }
  }
  const body = new FormData()
  for (const file of files) {
    body.append("files", file, file.name)
  }
  try {
    const { files: uploaded } = await vendorSend<{ files: { id: string; url: string }[] }>("/vendor/uploads", "POST", body)
    return { urls: uploaded.map((file) => file.url), error: null }
  } catch (error) {
    if (isMissing(error)) {
      return { urls: [], error: dict.portal.products.uploadUnavailable }
    }
    return { urls: [], error: describePortalError(error, dict) }
  }
}

/** Every catalog page that may show this product (the storefront's public reads). */
function revalidateListing(id: string, handle?: string | null): void {
  updateTag(tags.vendorProducts)
  updateTag(tags.vendorProduct(id))
  updateTag(tags.products)
  updateTag(tags.vendors)
  if (handle) {
    updateTag(tags.product(handle))
  }
}

/** Creates (no `id` field) or updates a product from the portal's product form. */
export async function saveVendorProduct(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const p = dict.portal.products
  const id = formText(formData, "id")
  const kind = formText(formData, "kind")
  const title = formText(formData, "title")
  if (!title) {
    return { error: p.titleRequired }
  }
  const status = formText(formData, "status") === "published" ? "published" : "draft"
  const imageUrls = formData
    .getAll("image_url")
    .filter((value): value is string => typeof value === "string" && /^https?:\/\//.test(value))
    .slice(0, 10)
  const categoryId = formText(formData, "category_id")
  const description = typeof formData.get("description") === "string" ? String(formData.get("description")) : ""

  const listing: Record<string, unknown> = {
    title,
    subtitle: formText(formData, "subtitle") || null,
    description: description.trim() ? description : null,
    status,
    images: imageUrls.map((url) => ({ url })),
    thumbnail: imageUrls[0] ?? null,
    category_ids: categoryId ? [categoryId] : [],
  }
  if (kind === "teacher") {
    const level = formText(formData, "level")
    const language = formText(formData, "language").toLowerCase()
    if (level) listing.level = level
    if (language) listing.language = language
  } else {
    const video = formText(formData, "video_url")
    if (video && !/^https?:\/\//.test(video)) {
      return { error: p.invalidVideo }
    }
    listing.video_url = video || (id ? null : undefined)
  }

  let saved: VendorProduct
  try {
    if (id) {
      saved = (await vendorSend<{ product: VendorProduct }>(`/vendor/products/${encodeURIComponent(id)}`, "POST", listing))
        .product
    } else {
      const body = { ...listing, ...readVariants(formData, dict) }
      if ("error" in body) {
        return { error: body.error }
      }
      saved = (await vendorSend<{ product: VendorProduct }>("/vendor/products", "POST", body)).product
    }
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  revalidateListing(saved.id, saved.handle)
  redirect(localizePath(locale, `/vendor/products/${saved.id}?saved=1`))
}

type Dict = ReturnType<typeof getDictionary>

/**
 * The variant rows of the form: `option_title`, `option_values` (comma-separated) and per row
 * `price_eur`/`price_usd`/`sku` (row 0) or `price_eur_<n>`… (later rows, empty = row 0's price).
 */
function readVariants(formData: FormData, dict: Dict): ReturnType<typeof buildVariants> | { error: string } {
  const p = dict.portal.products
  const values = splitValues(formText(formData, "option_values"))
  const rows = values.length > 0 ? values : [""]
  const suffix = (index: number) => (index === 0 ? "" : `_${index}`)
  const first = { eur: parseAmount(formText(formData, "price_eur")), usd: parseAmount(formText(formData, "price_usd")) }
  const built = []
  for (let index = 0; index < rows.length; index++) {
    const eur = index === 0 ? first.eur : parseAmount(formText(formData, `price_eur${suffix(index)}`)) ?? first.eur
    const usd = index === 0 ? first.usd : parseAmount(formText(formData, `price_usd${suffix(index)}`)) ?? first.usd
    if (Number.isNaN(eur) || Number.isNaN(usd)) {
      return { error: p.invalidPrice }
    }
    const prices: PriceInput[] = []
    if (eur !== null) prices.push({ currency_code: "eur", amount: eur })
    if (usd !== null) prices.push({ currency_code: "usd", amount: usd })
    if (prices.length === 0) {
      return { error: p.priceRequired }
    }
    built.push({ value: rows[index], sku: formText(formData, `sku${suffix(index)}`), prices })
  }
  return buildVariants(formText(formData, "option_title"), built, {
    title: p.defaultOptionTitle,
    value: p.defaultOptionValue,
  })
}

export async function deleteVendorProduct(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const id = formText(formData, "id")
  const handle = formText(formData, "handle")
  if (id) {
    try {
      await vendorSend(`/vendor/products/${encodeURIComponent(id)}`, "DELETE")
    } catch (error) {
      return { error: describePortalError(error, getDictionary(locale)) }
    }
    revalidateListing(id, handle)
  }
  redirect(localizePath(locale, "/vendor/products?deleted=1"))
}
