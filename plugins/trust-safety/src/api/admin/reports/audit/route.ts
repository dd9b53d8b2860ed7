import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REPORTS_MODULE } from "../../../../modules/reports"
import type ReportsModuleService from "../../../../modules/reports/service"
import type { AdminListAuditType } from "../../../fraud-validators"

/** GET /admin/reports/audit — who did what to which target, when, with which note (newest first). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as AdminListAuditType
  const filters: Record<string, unknown> = {}
  if (q.target_type) filters.target_type = q.target_type
  if (q.target_id) filters.target_id = q.target_id
  const [entries, count] = await req.scope
    .resolve<ReportsModuleService>(REPORTS_MODULE)
    .listAndCountReportActions(filters, { take: q.limit, skip: q.offset, order: { created_at: "DESC" } })
  res.json({ audit: entries, count, limit: q.limit, offset: q.offset })
}
