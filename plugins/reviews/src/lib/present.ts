import type { ReviewRecord } from "../workflows/steps/service"

/** A review as the store shows it (never the customer's id or e-mail). */
export function publicReview(r: ReviewRecord, extra: { voted?: boolean; mine?: boolean } = {}) {
  return {
    id: r.id,
    product_id: r.product_id,
    course_id: r.course_id,
    rating: Number(r.rating),
    title: r.title,
    body: r.body,
    photos: (r.photos ?? []).map((p) => ({ id: p.id, url: p.url })),
    author_name: r.author_name,
    verified_purchase: true,
    helpful_count: Number(r.helpful_count ?? 0),
    created_at: r.created_at,
    edited_at: r.edited_at,
    reply: r.reply_body ? { body: r.reply_body, author_name: r.reply_author_name, created_at: r.replied_at } : null,
    ...extra,
  }
}

/** The author's own view adds the moderation status. */
export function ownReview(r: ReviewRecord) {
  return { ...publicReview(r, { mine: true }), status: r.status, moderation_reasons: r.moderation_reasons ?? [] }
}

/** A review as the vendor sees it in the portal. */
export function vendorReview(r: ReviewRecord, product?: { id: string; title: string; handle: string; thumbnail: string | null }) {
  return { ...publicReview(r), status: r.status, product: product ?? null }
}
