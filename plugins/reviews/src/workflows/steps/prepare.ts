import type { IFileModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hasBought, loadReviewTarget, publicAuthorName, type ReviewTarget } from "../../lib/eligibility"
import { reviewsService, type Photo, type ReviewRecord } from "./service"

export type PrepareNewReviewInput = { product_id: string; customer_id: string }
export type PreparedNewReview = { target: ReviewTarget; author_name: string }

/**
 * Checks a new review may be written: the product exists and is published (404), the customer
 * bought it or is enrolled in its course (403), and has not reviewed it yet (409). Writes nothing.
 */
export const prepareNewReviewStep = createStep(
  "reviews-prepare-new-review",
  async (input: PrepareNewReviewInput, { container }) => {
    const target = await loadReviewTarget(container, input.product_id)
    if (!target || target.status !== "published") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id.slice(0, 100)} was not found`)
    }
    if (!(await hasBought(container, input.customer_id, target))) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        target.course_id
          ? "Only students enrolled in this course can review it"
          : "Only customers who bought this product can review it"
      )
    }
    const [existing] = await reviewsService(container).listReviews({ product_id: input.product_id, customer_id: input.customer_id }, { take: 1 })
    if (existing) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "You have already reviewed this item: edit your review instead")
    }
    const author_name = await publicAuthorName(container, input.customer_id)
    return new StepResponse<PreparedNewReview>({ target, author_name })
  }
)

/** Loads the customer's own review (someone else's or an unknown id answers 404). */
export const loadOwnReviewStep = createStep(
  "reviews-load-own-review",
  async (input: { review_id: string; customer_id: string }, { container }) => {
    const [review] = (await reviewsService(container).listReviews({ id: input.review_id, customer_id: input.customer_id }, { take: 1 })) as unknown as ReviewRecord[]
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.review_id.slice(0, 100)} was not found`)
    }
    return new StepResponse(review)
  }
)

/** Files uploaded through POST /store/review-photos are named `review-<customer id>-…`. */
export const photoKeyMarker = (customerId: string) => `review-${customerId}-`

/**
 * Resolves photo file ids to `{ id, url }`: each must be a file this customer uploaded as a review
 * photo (anything else is a 400). `keep` lists photos the review already has (edits keep them).
 */
export const resolvePhotosStep = createStep(
  "reviews-resolve-photos",
  async (input: { customer_id: string; photo_ids?: string[] | null; keep?: Photo[] | null }, { container }) => {
    if (input.photo_ids == null) return new StepResponse<Photo[] | null>(null)
    const files = container.resolve<IFileModuleService>(Modules.FILE)
    const kept = new Map((input.keep ?? []).map((p) => [p.id, p]))
    const photos: Photo[] = []
    for (const id of [...new Set(input.photo_ids)]) {
      const own = kept.get(id)
      if (own) {
        photos.push(own)
        continue
      }
      const name = id.split("/").pop() ?? ""
      if (!name.includes(photoKeyMarker(input.customer_id))) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${id.slice(0, 100)} is not one of your review photos`)
      }
      const file = await files.retrieveFile(id).catch(() => null)
      if (!file?.url) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Photo ${id.slice(0, 100)} was not found`)
      }
      photos.push({ id, url: file.url })
    }
    return new StepResponse<Photo[] | null>(photos)
  }
)
