import { model } from "@medusajs/framework/utils"

export const REPORT_TARGET_TYPES = ["listing", "review", "vendor", "message"] as const
export const REPORT_REASONS = ["spam", "fraud", "prohibited", "offensive", "counterfeit", "other"] as const
export const REPORT_STATUSES = ["open", "dismissed", "actioned"] as const

/**
 * A signed-in user's report of a listing (a product or a course's product), a review, a vendor or
 * a message. One open report per reporter and target (partial unique index); the operator's
 * action on the target closes every open report of it (`dismissed` or `actioned`).
 * `target_vendor_id` is the vendor behind the target when known (the one a suspension hits).
 */
const Report = model
  .define("report", {
    id: model.id({ prefix: "rpt" }).primaryKey(),
    reporter_type: model.enum(["customer", "vendor"]),
    reporter_id: model.text(),
    target_type: model.enum([...REPORT_TARGET_TYPES]),
    target_id: model.text(),
    target_vendor_id: model.text().nullable(),
    target_label: model.text().nullable(),
    reason: model.enum([...REPORT_REASONS]),
    details: model.text().nullable(),
    status: model.enum([...REPORT_STATUSES]).default("open"),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["reporter_id", "target_type", "target_id"], unique: true, where: "status = 'open' AND deleted_at IS NULL" },
    { on: ["target_type", "target_id"] },
    { on: ["status"] },
  ])

export default Report
