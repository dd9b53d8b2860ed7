import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsService, type Photo, type ReviewRecord } from "./service"

export type CreateReviewRecordInput = {
  product_id: string
  course_id: string | null
  vendor_id: string | null
  customer_id: string
  author_name: string
  rating: number
  title: string | null
  body: string
  photos: Photo[]
  status: "published" | "pending" | "rejected"
  moderation_reasons: string[]
}

const isUniqueViolation = (e: unknown) => /already exists|unique|duplicate/i.test(String((e as Error)?.message ?? e))

/** Creates the review; a concurrent second review of the same item hits the unique index → 409. */
export const createReviewStep = createStep(
  "reviews-create-review",
  async (input: CreateReviewRecordInput, { container }) => {
    try {
      const review = await reviewsService(container).createReviews(input as never)
      return new StepResponse(review as unknown as ReviewRecord, review.id)
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "You have already reviewed this item: edit your review instead")
      }
      throw e
    }
  },
  async (id, { container }) => {
    if (id) await reviewsService(container).deleteReviews(id)
  }
)

type ReviewUpdate = Partial<
  Pick<ReviewRecord, "rating" | "title" | "body" | "photos" | "status" | "moderation_reasons" | "edited_at" | "reply_body" | "reply_author_name" | "reply_member_id" | "replied_at" | "helpful_count">
>

const FIELDS = [
  "rating", "title", "body", "photos", "status", "moderation_reasons", "edited_at",
  "reply_body", "reply_author_name", "reply_member_id", "replied_at", "helpful_count",
] as const

/** Updates a review; the compensation restores the fields it changed. */
export const updateReviewStep = createStep(
  "reviews-update-review",
  async (input: { id: string; data: ReviewUpdate }, { container }) => {
    const service = reviewsService(container)
    const before = (await service.retrieveReview(input.id)) as unknown as ReviewRecord
    const previous: Record<string, unknown> = {}
    for (const key of FIELDS) if (key in input.data) previous[key] = before[key]
    const updated = await service.updateReviews({ id: input.id, ...input.data } as never)
    return new StepResponse(updated as unknown as ReviewRecord, { id: input.id, previous })
  },
  async (snapshot, { container }) => {
    if (snapshot) await reviewsService(container).updateReviews({ id: snapshot.id, ...snapshot.previous } as never)
  }
)

/** The vendor's one reply: a second one is a 409. */
/** The review a vendor replies to (the guard has checked it is theirs); one reply only (409). Writes nothing. */
export const loadReplyTargetStep = createStep("reviews-load-reply-target", async (input: { review_id: string }, { container }) => {
  const review = (await reviewsService(container).retrieveReview(input.review_id)) as unknown as ReviewRecord
  if (review.reply_body) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This review already has a reply")
  }
  return new StepResponse({ id: review.id, product_id: review.product_id, customer_id: review.customer_id, rating: Number(review.rating) })
})

/** A reply the moderation did not publish is refused with its reasons (nothing is written). */
export const refuseHeldReplyStep = createStep("reviews-refuse-held-reply", async (verdict: { status: string; reasons: string[] }) => {
  if (verdict.status !== "published") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Your reply was not published: replies follow the same rules as reviews (no contact details, links or off-platform offers). Found: ${verdict.reasons.join(", ") || verdict.status}`
    )
  }
  return new StepResponse(verdict)
})

export const replyToReviewStep = createStep(
  "reviews-reply",
  async (input: { review_id: string; member_id: string; author_name: string; body: string }, { container }) => {
    const service = reviewsService(container)
    const review = (await service.retrieveReview(input.review_id)) as unknown as ReviewRecord
    if (review.reply_body) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This review already has a reply")
    }
    const updated = await service.updateReviews({
      id: review.id,
      reply_body: input.body,
      reply_author_name: input.author_name,
      reply_member_id: input.member_id,
      replied_at: new Date(),
    } as never)
    return new StepResponse(updated as unknown as ReviewRecord, review.id)
  },
  async (id, { container }) => {
    if (id) {
      await reviewsService(container).updateReviews({ id, reply_body: null, reply_author_name: null, reply_member_id: null, replied_at: null } as never)
    }
  }
)

/** Loads a published review for voting; not published → 404, the author's own → 403. */
export const loadVotableReviewStep = createStep(
  "reviews-load-votable",
  async (input: { review_id: string; customer_id: string }, { container }) => {
    const [review] = (await reviewsService(container).listReviews({ id: input.review_id, status: "published" }, { take: 1 })) as unknown as ReviewRecord[]
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.review_id.slice(0, 100)} was not found`)
    }
    if (review.customer_id === input.customer_id) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "You cannot vote on your own review")
    }
    return new StepResponse(review)
  }
)

async function recountHelpful(container: Parameters<typeof reviewsService>[0], reviewId: string) {
  const service = reviewsService(container)
  const [, count] = await service.listAndCountReviewVotes({ review_id: reviewId } as never, { take: 1 })
  await service.updateReviews({ id: reviewId, helpful_count: count } as never)
  return count
}

/** Adds the customer's helpful vote (idempotent) and recounts; compensation removes a vote it added. */
export const addHelpfulVoteStep = createStep(
  "reviews-add-helpful-vote",
  async (input: { review_id: string; customer_id: string }, { container }) => {
    const service = reviewsService(container)
    const [existing] = await service.listReviewVotes({ review_id: input.review_id, customer_id: input.customer_id } as never, { take: 1 })
    let created: string | null = null
    if (!existing) {
      try {
        created = (await service.createReviewVotes({ review_id: input.review_id, customer_id: input.customer_id } as never)).id
      } catch (e) {
        if (!isUniqueViolation(e)) throw e // a concurrent identical vote: already counted
      }
    }
    const helpful_count = await recountHelpful(container, input.review_id)
    return new StepResponse({ helpful_count, voted: true }, created ? { id: created, review_id: input.review_id } : null)
  },
  async (added, { container }) => {
    if (!added) return
    await reviewsService(container).deleteReviewVotes(added.id)
    await recountHelpful(container, added.review_id)
  }
)

/** Removes the customer's helpful vote (idempotent) and recounts; compensation restores it. */
export const removeHelpfulVoteStep = createStep(
  "reviews-remove-helpful-vote",
  async (input: { review_id: string; customer_id: string }, { container }) => {
    const service = reviewsService(container)
    const votes = await service.listReviewVotes({ review_id: input.review_id, customer_id: input.customer_id } as never)
    if (votes.length) await service.deleteReviewVotes(votes.map((v) => v.id))
    const helpful_count = await recountHelpful(container, input.review_id)
    return new StepResponse({ helpful_count, voted: false }, votes.length ? input : null)
  },
  async (removed, { container }) => {
    if (!removed) return
    await reviewsService(container).createReviewVotes({ review_id: removed.review_id, customer_id: removed.customer_id } as never)
    await recountHelpful(container, removed.review_id)
  }
)
