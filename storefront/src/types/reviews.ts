/** Reviews as the backend's reviews plugin answers them (`@vitrina/reviews`). */
export type ReviewSort = "newest" | "highest" | "lowest" | "helpful"

export type ReviewHistogram = Record<"1" | "2" | "3" | "4" | "5", number>

export type ReviewSummary = { average: number; count: number; histogram: ReviewHistogram }

export type ReviewPhoto = { id: string; url: string }

export type Review = {
  id: string
  product_id: string
  course_id: string | null
  rating: number
  title: string | null
  body: string
  photos: ReviewPhoto[]
  author_name: string
  verified_purchase: boolean
  helpful_count: number
  created_at: string
  edited_at: string | null
  reply: { body: string; author_name: string | null; created_at: string | null } | null
  voted?: boolean
  mine?: boolean
  status?: "published" | "pending" | "rejected" | "hidden"
}

export type ReviewList = { summary: ReviewSummary; reviews: Review[]; count: number; limit: number; offset: number }

/** The signed-in customer's position on a product: may they review it, and their own review. */
export type MyReviewState = { signedIn: boolean; eligible: boolean; bought: boolean; review: Review | null }

export type VendorReview = Review & {
  status: "published" | "pending"
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
}
