import type { RatingJsonLdInput } from "../../lib/util/json-ld"
import type { ReviewList } from "../../types/reviews"

/** The JSON-LD rating input of a listing from its first page of published reviews (null when unrated). */
export function ratingJsonLd(list: ReviewList): RatingJsonLdInput {
  if (!list.summary.count) return null
  return {
    average: list.summary.average,
    count: list.summary.count,
    reviews: list.reviews.slice(0, 5).map((r) => ({ author: r.author_name, rating: r.rating, title: r.title, body: r.body, date: r.created_at })),
  }
}
