"use server"

import { updateTag } from "next/cache"
import type { ActionState } from "../../types/vitrina"
import type { MyReviewState, Review, ReviewList, ReviewPhoto, ReviewSort, VendorReview } from "../../types/reviews"
import { absoluteBackendUrl, getSdk } from "../config"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { describeError, normalizeError } from "../util/errors"
import { catalogFetch, privateFetch, tags } from "./cache"
import { getAuthHeaders, getDeviceHeaders } from "./cookies"
import { describePortalError, formText, vendorGet, vendorSend } from "./vendor-request"

const SORTS: ReviewSort[] = ["newest", "highest", "lowest", "helpful"]

function withAbsolutePhotos<T extends { photos: ReviewPhoto[] }>(review: T): T {
  return { ...review, photos: review.photos.map((p) => ({ ...p, url: absoluteBackendUrl(p.url) ?? p.url })) }
}

const emptyList = (): ReviewList => ({
  summary: { average: 0, count: 0, histogram: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } },
  reviews: [],
  count: 0,
  limit: 10,
  offset: 0,
})

/**
 * Published reviews of a product and its summary (`GET /store/products/:id/reviews`), with the
 * signed-in customer's votes. Never throws: a failure is an empty list.
 */
export async function listProductReviews(
  productId: string,
  { sort = "newest", rating, limit = 10, offset = 0 }: { sort?: ReviewSort; rating?: number | null; limit?: number; offset?: number } = {}
): Promise<ReviewList> {
  const headers = await getAuthHeaders()
  try {
    const list = await getSdk().client.fetch<ReviewList>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
      query: {
        sort: SORTS.includes(sort) ? sort : "newest",
        rating: rating && rating >= 1 && rating <= 5 ? rating : undefined,
        limit: Math.min(Math.max(limit, 1), 50),
        offset: Math.max(offset, 0),
      },
      headers,
      ...(headers.authorization ? privateFetch([tags.reviews(productId)]) : catalogFetch([tags.reviews(productId)])),
    })
    return { ...list, reviews: list.reviews.map(withAbsolutePhotos) }
  } catch {
    return emptyList()
  }
}

/** Whether the signed-in customer may review the product, and their own review (any status). */
export async function getMyReviewState(productId: string): Promise<MyReviewState> {
  const headers = await getAuthHeaders()
  if (!headers.authorization) return { signedIn: false, eligible: false, bought: false, review: null }
  try {
    const data = await getSdk().client.fetch<{ eligible: boolean; bought: boolean; review: Review | null }>(
      `/store/products/${encodeURIComponent(productId)}/reviews/mine`,
      { headers, ...privateFetch([tags.reviews(productId)]) }
    )
    return { signedIn: true, ...data, review: data.review ? withAbsolutePhotos(data.review) : null }
  } catch (error) {
    const kind = normalizeError(error).kind
    return { signedIn: kind !== "unauthorized", eligible: false, bought: false, review: null }
  }
}

/** Uploads one review photo (`POST /store/review-photos`, field `files`). */
export async function uploadReviewPhoto(formData: FormData): Promise<{ photo: ReviewPhoto | null; error: string | null }> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const file = formData.get("file")
  if (!(file instanceof File) || file.size === 0) return { photo: null, error: dict.reviews.photoInvalid }
  if (file.size > 5 * 1024 * 1024) return { photo: null, error: dict.reviews.photoTooLarge }
  const body = new FormData()
  body.append("files", file, file.name)
  try {
    const { photos } = await getSdk().client.fetch<{ photos: ReviewPhoto[] }>("/store/review-photos", {
      method: "POST",
      body,
      // Let fetch write the multipart boundary: `null` removes the sdk's JSON content type.
      headers: { ...(await getAuthHeaders()), "content-type": null },
      cache: "no-store",
    })
    return { photo: photos[0] ? { ...photos[0], url: absoluteBackendUrl(photos[0].url) ?? photos[0].url } : null, error: null }
  } catch (error) {
    return { photo: null, error: describeError(error, dict.errors) }
  }
}

export type ReviewInput = {
  productId: string
  reviewId?: string | null
  rating: number
  title: string
  body: string
  photoIds: string[]
  locale?: string
  /** Product or course handle whose page to refresh. */
  handle?: string | null
}

/** Writes (or, with `reviewId`, edits) the customer's review. */
export async function saveReview(input: ReviewInput): Promise<{ review: Review | null; error: string | null }> {
  const dict = getDictionary(localeFrom(input.locale))
  const rating = Math.round(Number(input.rating))
  const title = input.title.trim()
  const body = input.body.trim()
  if (!(rating >= 1 && rating <= 5)) return { review: null, error: dict.reviews.ratingRequired }
  if (body.length < 2 || body.length > 5000) return { review: null, error: dict.reviews.bodyLength }
  if (title.length > 120) return { review: null, error: dict.reviews.titleLength }
  if (input.photoIds.length > 5) return { review: null, error: dict.reviews.photoCount }
  const path = input.reviewId
    ? `/store/reviews/${encodeURIComponent(input.reviewId)}`
    : `/store/products/${encodeURIComponent(input.productId)}/reviews`
  try {
    const { review } = await getSdk().client.fetch<{ review: Review }>(path, {
      method: "POST",
      body: { rating, title: title || null, body, photo_ids: input.photoIds },
      headers: { ...(await getAuthHeaders()), ...(await getDeviceHeaders()) },
      cache: "no-store",
    })
    updateTag(tags.reviews(input.productId))
    updateTag(tags.products)
    if (input.handle) {
      updateTag(tags.product(input.handle))
      updateTag(tags.course(input.handle))
    }
    return { review: withAbsolutePhotos(review), error: null }
  } catch (error) {
    return { review: null, error: describeError(error, dict.errors) }
  }
}

/** Marks a review helpful (or withdraws the vote). */
export async function voteReview(input: { reviewId: string; productId: string; vote: boolean; locale?: string }) {
  const dict = getDictionary(localeFrom(input.locale))
  try {
    const data = await getSdk().client.fetch<{ helpful_count: number; voted: boolean }>(
      `/store/reviews/${encodeURIComponent(input.reviewId)}/helpful`,
      { method: input.vote ? "POST" : "DELETE", headers: await getAuthHeaders(), cache: "no-store" }
    )
    updateTag(tags.reviews(input.productId))
    return { data, error: null }
  } catch (error) {
    return { data: null, error: describeError(error, dict.errors) }
  }
}

/* ------------------------------------------------------------------ vendor portal */

/** Reviews of the vendor's listings (`GET /vendor/reviews`). */
export async function listVendorReviews(status: "all" | "pending" | "unreplied"): Promise<{ reviews: VendorReview[]; count: number }> {
  const query: Record<string, string | number> = { limit: 50 }
  if (status === "pending") query.status = "pending"
  if (status === "unreplied") query.replied = "false"
  const data = await vendorGet<{ reviews: VendorReview[]; count: number }>("/vendor/reviews", [tags.vendorReviews], query)
  return { ...data, reviews: data.reviews.map(withAbsolutePhotos) }
}

/** The vendor's one reply to a review (portal form). */
export async function replyToReview(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const id = formText(formData, "review_id")
  const body = formText(formData, "body")
  if (body.length < 2 || body.length > 2000) return { error: dict.portal.reviews.replyLength }
  try {
    const { review } = await vendorSend<{ review: VendorReview }>(`/vendor/reviews/${encodeURIComponent(id)}/reply`, "POST", { body })
    updateTag(tags.vendorReviews)
    updateTag(tags.reviews(review.product_id))
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  return { error: null, success: true }
}
