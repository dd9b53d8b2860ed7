import { model } from "@medusajs/framework/utils"

export const MODERATION_STATUSES = ["approved", "pending", "rejected"] as const
export const IMAGE_CHECK_STATUSES = ["none", "queued", "done", "skipped", "failed"] as const

/**
 * The moderation state of one listing (a product; a course is checked through its product).
 * `status`: approved (may be published), pending (in the operator's manual queue) or rejected.
 * `content_hash` is the checked text and images: an edit with other content is checked again.
 */
const ModerationCase = model.define("moderation_case", {
  id: model.id({ prefix: "modc" }).primaryKey(),
  product_id: model.text().unique(),
  vendor_id: model.text().index().nullable(),
  listing_kind: model.enum(["product", "course"]).default("product"),
  title: model.text(),
  status: model.enum([...MODERATION_STATUSES]),
  /** What the automatic check decided (text rules and, once classified, the images). */
  auto_verdict: model.enum(["approve", "review", "reject"]),
  reasons: model.json(),
  scores: model.json(),
  images: model.json(),
  image_status: model.enum([...IMAGE_CHECK_STATUSES]).default("none"),
  content_hash: model.text(),
  operator_reason: model.text().nullable(),
  decided_by: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
})

export default ModerationCase
