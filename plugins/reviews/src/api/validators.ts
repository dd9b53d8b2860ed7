import { z } from "@medusajs/framework/zod"
import { line, pagination, text } from "../lib/zod"

export const MAX_PHOTOS = 5

const rating = z.number().int().min(1).max(5)
/** A file id answered by POST /store/review-photos. */
const photoId = z.string().min(1).max(300).regex(/^[A-Za-z0-9._/-]+$/, "must be a photo id from POST /store/review-photos")

export const StoreListReviews = z
  .object({
    sort: z.enum(["newest", "highest", "lowest", "helpful"]).default("newest"),
    rating: z.coerce.number().int().min(1).max(5).optional(),
    ...pagination,
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict()
export type StoreListReviews = z.infer<typeof StoreListReviews>

export const StoreCreateReview = z
  .object({
    rating,
    title: line(120).nullish(),
    body: text(2, 5000),
    photo_ids: z.array(photoId).max(MAX_PHOTOS, `At most ${MAX_PHOTOS} photos per review`).optional(),
  })
  .strict()
export type StoreCreateReview = z.infer<typeof StoreCreateReview>

export const StoreUpdateReview = z
  .object({
    rating: rating.optional(),
    title: line(120).nullish(),
    body: text(2, 5000).optional(),
    photo_ids: z.array(photoId).max(MAX_PHOTOS, `At most ${MAX_PHOTOS} photos per review`).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to change")
export type StoreUpdateReview = z.infer<typeof StoreUpdateReview>

export const VendorListReviews = z
  .object({
    status: z.enum(["published", "pending", "all"]).default("all"),
    replied: z.enum(["true", "false"]).optional(),
    ...pagination,
  })
  .strict()
export type VendorListReviews = z.infer<typeof VendorListReviews>

export const VendorReplyToReview = z.object({ body: text(2, 2000) }).strict()
export type VendorReplyToReview = z.infer<typeof VendorReplyToReview>

export const AdminSetReviewStatus = z
  .object({ status: z.enum(["published", "pending", "rejected", "hidden"]), reason: line(300).optional() })
  .strict()
export type AdminSetReviewStatus = z.infer<typeof AdminSetReviewStatus>
