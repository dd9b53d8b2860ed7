import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REPORTS_MODULE } from "../../../modules/reports"
import type ReportsModuleService from "../../../modules/reports/service"
import type { AdminListReportsType } from "../../fraud-validators"

type Group = {
  target_type: string
  target_id: string
  target_label: string | null
  target_vendor_id: string | null
  count: number
  reasons: Record<string, number>
  latest_at: Date
  reports: { id: string; reason: string; details: string | null; reporter_type: string; reporter_id: string; status: string; created_at: Date }[]
}

/**
 * GET /admin/reports?status=open — the operator's queue, one entry per reported target: how many
 * reports, their reasons, the latest; most reported first, then most recent.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as AdminListReportsType
  const svc = req.scope.resolve<ReportsModuleService>(REPORTS_MODULE)
  const filters: Record<string, unknown> = {}
  if (q.status !== "all") filters.status = q.status
  if (q.target_type) filters.target_type = q.target_type
  const rows = await svc.listReports(filters, { take: 5000, order: { created_at: "DESC" } })
  const groups = new Map<string, Group>()
  for (const r of rows) {
    const key = `${r.target_type}:${r.target_id}`
    let g = groups.get(key)
    if (!g) {
      g = { target_type: r.target_type, target_id: r.target_id, target_label: r.target_label, target_vendor_id: r.target_vendor_id, count: 0, reasons: {}, latest_at: r.created_at as Date, reports: [] }
      groups.set(key, g)
    }
    g.count++
    g.reasons[r.reason] = (g.reasons[r.reason] ?? 0) + 1
    if (g.reports.length < 20) {
      g.reports.push({ id: r.id, reason: r.reason, details: r.details, reporter_type: r.reporter_type, reporter_id: r.reporter_id, status: r.status, created_at: r.created_at as Date })
    }
  }
  const all = [...groups.values()].sort((a, b) => b.count - a.count || +new Date(b.latest_at) - +new Date(a.latest_at))
  res.json({ groups: all.slice(q.offset, q.offset + q.limit), count: all.length, limit: q.limit, offset: q.offset })
}
