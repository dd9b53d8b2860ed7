import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_CHANGED_EVENT } from "@vitrina/marketplace/lib/catalog-search"
import { resolveVerdict, type ModerationInput, type ModerationVerdict } from "../lib/moderation"
import { loadOwnReviewStep, prepareNewReviewStep, resolvePhotosStep } from "./steps/prepare"
import type { ReviewRecord } from "./steps/service"
import { refreshReviewStatsStep } from "./steps/stats"
import {
  addHelpfulVoteStep,
  createReviewStep,
  loadReplyTargetStep,
  loadVotableReviewStep,
  refuseHeldReplyStep,
  removeHelpfulVoteStep,
  replyToReviewStep,
  updateReviewStep,
} from "./steps/write"

export type { ModerationInput, ModerationVerdict }

export const REVIEW_EVENTS = {
  created: "review.created",
  updated: "review.updated",
  replied: "review.replied",
} as const

export type CreateReviewWorkflowInput = {
  product_id: string
  customer_id: string
  rating: number
  title?: string | null
  body: string
  photo_ids?: string[] | null
}

export const createReviewWorkflowId = "reviews-create-review"

/**
 * A customer who bought the product (or is enrolled in its course) reviews it once.
 *
 * Hook `moderate` (input: `ModerationInput`): a plugin may register one handler
 * (`createReviewWorkflow.hooks.moderate((input) => new StepResponse(verdict))`) returning a
 * `ModerationVerdict`; without one the plugin's default text check decides. The verdict's status
 * is stored on the review; only `published` reviews are shown and counted.
 */
export const createReviewWorkflow = createWorkflow(createReviewWorkflowId, (input: CreateReviewWorkflowInput) => {
  const prepared = prepareNewReviewStep({ product_id: input.product_id, customer_id: input.customer_id })
  const photos = resolvePhotosStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, photo_ids: input.photo_ids ?? [] })))
  const moderationInput = transform({ input, photos }, ({ input, photos }): ModerationInput => ({
    entity: "review",
    review_id: null,
    product_id: input.product_id,
    customer_id: input.customer_id,
    rating: input.rating,
    title: input.title ?? null,
    body: input.body,
    photo_urls: (photos ?? []).map((p) => p.url),
  }))
  const moderate = createHook("moderate", moderationInput)
  const verdict = transform({ hookResult: moderate.getResult(), moderationInput }, ({ hookResult, moderationInput }) =>
    resolveVerdict(hookResult, moderationInput)
  )
  const review = createReviewStep(
    transform({ input, prepared, photos, verdict }, ({ input, prepared, photos, verdict }) => ({
      product_id: input.product_id,
      course_id: prepared.target.course_id,
      vendor_id: prepared.target.vendor_id,
      customer_id: input.customer_id,
      author_name: prepared.author_name,
      rating: input.rating,
      title: input.title ?? null,
      body: input.body,
      photos: photos ?? [],
      status: verdict.status,
      moderation_reasons: verdict.reasons,
    }))
  )
  refreshReviewStatsStep({ product_id: input.product_id })
  emitEventStep({
    eventName: CATALOG_CHANGED_EVENT,
    data: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })),
  }).config({ name: "reviews-emit-catalog-changed" })
  emitEventStep({
    eventName: REVIEW_EVENTS.created,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id, status: review.status })),
  }).config({ name: "reviews-emit-created" })
  return new WorkflowResponse(review, { hooks: [moderate] })
})

export type UpdateReviewWorkflowInput = {
  review_id: string
  customer_id: string
  rating?: number
  title?: string | null
  body?: string
  photo_ids?: string[] | null
}

export const updateReviewWorkflowId = "reviews-update-review"

/**
 * The author edits their review (rating, title, body, photos). The text is moderated again
 * through the same `moderate` hook; a review an operator hid stays hidden.
 */
export const updateReviewWorkflow = createWorkflow(updateReviewWorkflowId, (input: UpdateReviewWorkflowInput) => {
  const current = loadOwnReviewStep({ review_id: input.review_id, customer_id: input.customer_id })
  const photos = resolvePhotosStep(
    transform({ input, current }, ({ input, current }) => ({ customer_id: input.customer_id, photo_ids: input.photo_ids, keep: current.photos }))
  )
  const moderationInput = transform({ input, current, photos }, ({ input, current, photos }): ModerationInput => ({
    entity: "review",
    review_id: current.id,
    product_id: current.product_id,
    customer_id: input.customer_id,
    rating: input.rating ?? current.rating,
    title: input.title !== undefined ? input.title : current.title,
    body: input.body ?? current.body,
    photo_urls: (photos ?? current.photos ?? []).map((p) => p.url),
  }))
  const moderate = createHook("moderate", moderationInput)
  const verdict = transform({ hookResult: moderate.getResult(), moderationInput }, ({ hookResult, moderationInput }) =>
    resolveVerdict(hookResult, moderationInput)
  )
  const review = updateReviewStep(
    transform({ current, photos, verdict, moderationInput }, ({ current, photos, verdict, moderationInput }) => ({
      id: current.id,
      data: {
        rating: moderationInput.rating,
        title: moderationInput.title,
        body: moderationInput.body,
        ...(photos ? { photos } : {}),
        status: current.status === "hidden" ? ("hidden" as const) : verdict.status,
        moderation_reasons: verdict.reasons,
        edited_at: new Date(),
      } as Partial<ReviewRecord>,
    }))
  )
  refreshReviewStatsStep(transform({ current }, ({ current }) => ({ product_id: current.product_id })))
  emitEventStep({
    eventName: CATALOG_CHANGED_EVENT,
    data: transform({ current }, ({ current }) => ({ product_ids: [current.product_id] })),
  }).config({ name: "reviews-emit-catalog-changed" })
  emitEventStep({
    eventName: REVIEW_EVENTS.updated,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id, status: review.status })),
  }).config({ name: "reviews-emit-updated" })
  return new WorkflowResponse(review, { hooks: [moderate] })
})

export type ReplyToReviewWorkflowInput = { review_id: string; member_id: string; author_name: string; body: string }

export const replyToReviewWorkflowId = "reviews-reply"

/**
 * The product's vendor replies once (the vendor guard has checked the review is theirs).
 *
 * Hook `moderate` (input: `ModerationInput` with `entity: "reply"`): the same hook and rules as
 * reviews (a plugin's handler, else `defaultReviewModeration`); a reply the verdict does not
 * publish is refused with 400 and its reasons, and nothing is written.
 */
export const replyToReviewWorkflow = createWorkflow(replyToReviewWorkflowId, (input: ReplyToReviewWorkflowInput) => {
  const target = loadReplyTargetStep(transform({ input }, ({ input }) => ({ review_id: input.review_id })))
  const moderationInput = transform({ input, target }, ({ input, target }): ModerationInput => ({
    entity: "reply",
    review_id: target.id,
    product_id: target.product_id,
    customer_id: target.customer_id,
    rating: target.rating,
    title: null,
    body: input.body,
    photo_urls: [],
  }))
  const moderate = createHook("moderate", moderationInput)
  const verdict = transform({ hookResult: moderate.getResult(), moderationInput }, ({ hookResult, moderationInput }) =>
    resolveVerdict(hookResult, moderationInput)
  )
  refuseHeldReplyStep(verdict)
  const review = replyToReviewStep(input)
  emitEventStep({
    eventName: REVIEW_EVENTS.replied,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id })),
  })
  return new WorkflowResponse(review, { hooks: [moderate] })
})

export type HelpfulVoteWorkflowInput = { review_id: string; customer_id: string }

export const voteReviewHelpfulWorkflowId = "reviews-vote-helpful"

/** A signed-in customer marks a published review (not their own) helpful; idempotent. */
export const voteReviewHelpfulWorkflow = createWorkflow(voteReviewHelpfulWorkflowId, (input: HelpfulVoteWorkflowInput) => {
  loadVotableReviewStep(input)
  return new WorkflowResponse(addHelpfulVoteStep(input))
})

export const unvoteReviewHelpfulWorkflowId = "reviews-unvote-helpful"

/** Withdraws the customer's helpful vote; idempotent. */
export const unvoteReviewHelpfulWorkflow = createWorkflow(unvoteReviewHelpfulWorkflowId, (input: HelpfulVoteWorkflowInput) => {
  loadVotableReviewStep(input)
  return new WorkflowResponse(removeHelpfulVoteStep(input))
})

export type SetReviewStatusWorkflowInput = { review_id: string; status: "published" | "pending" | "rejected" | "hidden"; reason?: string | null }

export const setReviewStatusWorkflowId = "reviews-set-status"

/**
 * An operator's (or the trust-safety plugin's) moderation decision on a review: publishing,
 * hiding or rejecting it updates the aggregates and re-indexes the product.
 */
export const setReviewStatusWorkflow = createWorkflow(setReviewStatusWorkflowId, (input: SetReviewStatusWorkflowInput) => {
  const review = updateReviewStep(
    transform({ input }, ({ input }) => ({
      id: input.review_id,
      data: { status: input.status, ...(input.reason ? { moderation_reasons: [input.reason] } : {}) } as Partial<ReviewRecord>,
    }))
  )
  refreshReviewStatsStep(transform({ review }, ({ review }) => ({ product_id: review.product_id })))
  emitEventStep({
    eventName: CATALOG_CHANGED_EVENT,
    data: transform({ review }, ({ review }) => ({ product_ids: [review.product_id] })),
  }).config({ name: "reviews-emit-catalog-changed" })
  emitEventStep({
    eventName: REVIEW_EVENTS.updated,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id, status: review.status })),
  }).config({ name: "reviews-emit-updated" })
  return new WorkflowResponse(review)
})
