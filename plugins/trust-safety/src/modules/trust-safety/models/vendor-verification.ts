import { model } from "@medusajs/framework/utils"
import VerificationDocument from "./verification-document"

export const VERIFICATION_STATUSES = ["draft", "pending", "approved", "rejected", "needs_info"] as const

/**
 * A vendor's verification (one per vendor): documents are collected while `draft` (or after the
 * operator asked for more, `needs_info`, or rejected), submitted for review (`pending`), and the
 * operator approves (the vendor's verified badge) or rejects with a message the vendor sees.
 */
const VendorVerification = model
  .define("vendor_verification", {
    id: model.id({ prefix: "vver" }).primaryKey(),
    vendor_id: model.text().unique(),
    status: model.enum([...VERIFICATION_STATUSES]).default("draft"),
    /** The operator's reason (rejection) or request (needs_info), shown to the vendor. */
    operator_message: model.text().nullable(),
    submitted_at: model.dateTime().nullable(),
    reviewed_at: model.dateTime().nullable(),
    reviewed_by: model.text().nullable(),
    documents: model.hasMany(() => VerificationDocument, { mappedBy: "verification" }),
  })
  .cascades({ delete: ["documents"] })

export default VendorVerification
