import { model } from "@medusajs/framework/utils"
import { REPORT_TARGET_TYPES } from "./report"

export const REPORT_ACTIONS = ["dismiss", "hide_target", "suspend_vendor"] as const

/**
 * The audit trail of the reports queue: who (`actor_id`, the admin user) did what (`action`) to
 * which target, when (`created_at`), with the operator's note, the reports it closed and what the
 * action changed (`details`: e.g. the product unpublished, the review hidden, the vendor suspended).
 */
const ReportAction = model
  .define("report_action", {
    id: model.id({ prefix: "rpta" }).primaryKey(),
    target_type: model.enum([...REPORT_TARGET_TYPES]),
    target_id: model.text(),
    action: model.enum([...REPORT_ACTIONS]),
    actor_id: model.text(),
    note: model.text().nullable(),
    report_ids: model.json(),
    details: model.json().nullable(),
  })
  .indexes([{ on: ["target_type", "target_id"] }])

export default ReportAction
