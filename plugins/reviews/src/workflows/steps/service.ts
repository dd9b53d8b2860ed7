import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"

export const reviewsService = (c: MedusaContainer) => c.resolve<ReviewsModuleService>(REVIEWS_MODULE)

export type Photo = { id: string; url: string }

export type ReviewRecord = {
  id: string
  product_id: string
  course_id: string | null
  vendor_id: string | null
  customer_id: string
  author_name: string
  rating: number
  title: string | null
  body: string
  photos: Photo[] | null
  status: "published" | "pending" | "rejected" | "hidden"
  moderation_reasons: string[] | null
  helpful_count: number
  reply_body: string | null
  reply_author_name: string | null
  reply_member_id: string | null
  replied_at: Date | null
  edited_at: Date | null
  created_at: Date
}
