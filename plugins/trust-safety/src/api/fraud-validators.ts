import { z } from "@medusajs/framework/zod"
import { REPORT_ACTIONS } from "../modules/reports/models/report-action"
import { REPORT_REASONS, REPORT_STATUSES, REPORT_TARGET_TYPES } from "../modules/reports/models/report"
import { RULE_CODES } from "../lib/fraud/rules"
import { line, pagination, text } from "../lib/zod"

/** Ids of listings, reviews, vendors and messages: an id-shaped token (existence is checked in the workflow). */
const targetId = z.string().min(3).max(100).regex(/^[A-Za-z0-9_]+$/, "must be an id")

export const StoreCreateReport = z
  .object({
    target_type: z.enum(REPORT_TARGET_TYPES),
    target_id: targetId,
    reason: z.enum(REPORT_REASONS),
    details: text(1, 2000).optional(),
  })
  .strict()
export type StoreCreateReportType = z.infer<typeof StoreCreateReport>

export const AdminListReports = z
  .object({
    status: z.enum([...REPORT_STATUSES, "all"]).default("open"),
    target_type: z.enum(REPORT_TARGET_TYPES).optional(),
    ...pagination,
  })
  .strict()
export type AdminListReportsType = z.infer<typeof AdminListReports>

export const AdminReportAction = z
  .object({
    target_type: z.enum(REPORT_TARGET_TYPES),
    target_id: targetId,
    action: z.enum(REPORT_ACTIONS),
    note: text(1, 2000).optional(),
  })
  .strict()
export type AdminReportActionType = z.infer<typeof AdminReportAction>

export const AdminListAudit = z
  .object({
    target_type: z.enum(REPORT_TARGET_TYPES).optional(),
    target_id: targetId.optional(),
    ...pagination,
  })
  .strict()
export type AdminListAuditType = z.infer<typeof AdminListAudit>

export const AdminListFraudDecisions = z
  .object({
    status: z.enum(["allowed", "held", "blocked", "released", "cancelled"]).optional(),
    subject_type: z.enum(["order", "review"]).optional(),
    subject_id: line(100).optional(),
    ...pagination,
  })
  .strict()
export type AdminListFraudDecisionsType = z.infer<typeof AdminListFraudDecisions>

export const AdminDecideFraud = z.object({ action: z.enum(["release", "cancel"]), note: text(1, 2000).optional() }).strict()
export type AdminDecideFraudType = z.infer<typeof AdminDecideFraud>

const score = z.number().int().min(0).max(10_000)

export const AdminUpdateFraudConfig = z
  .object({
    rules: z
      .array(
        z
          .object({
            code: z.enum(RULE_CODES as [string, ...string[]]),
            enabled: z.boolean().optional(),
            weight: score.optional(),
            params: z.record(z.string().max(40), z.number().min(0).max(100_000_000)).optional(),
          })
          .strict()
      )
      .max(RULE_CODES.length)
      .optional(),
    thresholds: z.object({ review_score: score, block_score: score }).strict().optional(),
  })
  .strict()
export type AdminUpdateFraudConfigType = z.infer<typeof AdminUpdateFraudConfig>
