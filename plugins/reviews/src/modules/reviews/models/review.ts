import { model } from "@medusajs/framework/utils"
import ReviewVote from "./review-vote"

export const REVIEW_STATUSES = ["published", "pending", "rejected", "hidden"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/**
 * A verified buyer's rating (1–5) and review of a product (a course is reviewed through its product;
 * `course_id` is set then). One per (product, customer); the author may edit it. Only `published`
 * reviews are shown and counted. `vendor_id` is the product's vendor when the review was written
 * (listing only; ownership is always resolved through the product's vendor link). The vendor may
 * reply once (`reply_*`). `photos` are files stored through Medusa's file module: `[{ id, url }]`.
 */
const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    course_id: model.text().nullable(),
    vendor_id: model.text().nullable(),
    customer_id: model.text(),
    author_name: model.text(),
    rating: model.number(),
    title: model.text().nullable(),
    body: model.text(),
    photos: model.json().nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    moderation_reasons: model.json().nullable(),
    helpful_count: model.number().default(0),
    reply_body: model.text().nullable(),
    reply_author_name: model.text().nullable(),
    reply_member_id: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
    edited_at: model.dateTime().nullable(),
    votes: model.hasMany(() => ReviewVote, { mappedBy: "review" }),
  })
  .indexes([
    { on: ["product_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status"] },
    { on: ["vendor_id"] },
    { on: ["customer_id"] },
  ])
  .cascades({ delete: ["votes"] })

export default Review
