import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORTS_MODULE } from "../../modules/reports"
import type ReportsModuleService from "../../modules/reports/service"

/* eslint-disable @typescript-eslint/no-explicit-any -- query.graph rows are untyped without generated types */
type Row = Record<string, any>

export type TargetType = "listing" | "review" | "vendor" | "message"
export type ReportAction = "dismiss" | "hide_target" | "suspend_vendor"

const reportsService = (c: MedusaContainer) => c.resolve<ReportsModuleService>(REPORTS_MODULE)
const notFound = (type: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `No ${type} with id ${id.slice(0, 100)} to report`)

/** Marker on a product unpublished by an operator acting on reports (the marketplace uses `suspension`, moderation `moderation`). */
export const HIDDEN_BY = "vitrina_hidden_by"

export type ResolvedTarget = { label: string | null; vendor_id: string | null; product?: { id: string; status: string; metadata: Row | null } }

/** Checks the target exists (and is visible to the reporter) and finds the vendor behind it. */
export async function resolveTarget(c: MedusaContainer, type: TargetType, id: string): Promise<ResolvedTarget> {
  const query = c.resolve(ContainerRegistrationKeys.QUERY)
  if (type === "listing") {
    const { data } = await query.graph({ entity: "product", fields: ["id", "title", "status", "metadata", "vendor.id"], filters: { id } })
    const p = data[0] as Row | undefined
    if (!p) throw notFound("listing", id)
    return { label: p.title ?? null, vendor_id: p.vendor?.id ?? null, product: { id: p.id, status: p.status, metadata: p.metadata ?? null } }
  }
  if (type === "review") {
    const reviews = c.resolve("reviews") as { listReviews: (f: object, o: object) => Promise<Row[]> }
    const [r] = await reviews.listReviews({ id }, { take: 1, select: ["id", "title", "body", "product_id", "vendor_id"] })
    if (!r) throw notFound("review", id)
    let vendorId = r.vendor_id ?? null
    if (!vendorId) {
      const { data } = await query.graph({ entity: "product", fields: ["vendor.id"], filters: { id: r.product_id } })
      vendorId = (data[0] as Row | undefined)?.vendor?.id ?? null
    }
    return { label: (r.title || String(r.body).slice(0, 80)) ?? null, vendor_id: vendorId }
  }
  if (type === "vendor") {
    const { data } = await query.graph({ entity: "vendor", fields: ["id", "name"], filters: { id } })
    const v = data[0] as Row | undefined
    if (!v) throw notFound("vendor", id)
    return { label: v.name ?? null, vendor_id: v.id }
  }
  // Messages (buyer–seller conversations) do not exist yet: the id is accepted as given.
  return { label: null, vendor_id: null }
}

export type CreateReportInput = {
  reporter_type: "customer" | "vendor"
  reporter_id: string
  target_type: TargetType
  target_id: string
  reason: string
  details?: string | null
}

export const createReportStep = createStep("reports-create", async (input: CreateReportInput, { container }) => {
  const target = await resolveTarget(container, input.target_type, input.target_id)
  const svc = reportsService(container)
  const open = await svc.listReports(
    { reporter_id: input.reporter_id, target_type: input.target_type, target_id: input.target_id, status: "open" },
    { take: 1, select: ["id"] }
  )
  if (open.length) throw new MedusaError(MedusaError.Types.CONFLICT, "You have already reported this; the report is waiting for review")
  const report = await svc.createReports({
    ...input,
    reason: input.reason as "spam",
    details: input.details ?? null,
    target_vendor_id: target.vendor_id,
    target_label: target.label?.slice(0, 200) ?? null,
    status: "open",
  })
  return new StepResponse(report, report.id)
}, async (id, { container }) => {
  if (id) await reportsService(container).deleteReports(id)
})

export type ActionPlan = {
  report_ids: string[]
  target_vendor_id: string | null
  /** The product to unpublish (listing hidden). */
  hide_product: { id: string; status: ProductStatus; metadata: Row } | null
  /** The review to hide. */
  hide_review_id: string | null
  /** The vendor to suspend (hide a vendor target, or suspend the target's vendor). */
  suspend_vendor_id: string | null
}

/** Plans an operator's action on a reported target; refuses what cannot be done. */
export const planReportActionStep = createStep(
  "reports-plan-action",
  async (input: { target_type: TargetType; target_id: string; action: ReportAction }, { container }) => {
    const open = await reportsService(container).listReports({ target_type: input.target_type, target_id: input.target_id, status: "open" }, { take: 1000, select: ["id", "target_vendor_id"] })
    if (!open.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This target has no open reports")
    const plan: ActionPlan = { report_ids: open.map((r) => r.id), target_vendor_id: open.find((r) => r.target_vendor_id)?.target_vendor_id ?? null, hide_product: null, hide_review_id: null, suspend_vendor_id: null }
    if (input.action === "dismiss") return new StepResponse(plan)
    if (input.target_type === "message") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Messages cannot be hidden yet (conversations are not built)")
    const target = await resolveTarget(container, input.target_type, input.target_id)
    plan.target_vendor_id = target.vendor_id ?? plan.target_vendor_id
    if (input.action === "suspend_vendor") {
      if (!plan.target_vendor_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No vendor is behind this target")
      plan.suspend_vendor_id = plan.target_vendor_id
    } else if (input.target_type === "listing") {
      if (target.product!.status === ProductStatus.PUBLISHED) {
        plan.hide_product = { id: target.product!.id, status: ProductStatus.DRAFT, metadata: { ...(target.product!.metadata ?? {}), [HIDDEN_BY]: "report" } }
      }
    } else if (input.target_type === "review") {
      plan.hide_review_id = input.target_id
    } else if (input.target_type === "vendor") {
      plan.suspend_vendor_id = input.target_id
    }
    return new StepResponse(plan)
  }
)

/** Closes the open reports of the target; the compensation reopens them. */
export const closeReportsStep = createStep(
  "reports-close",
  async (input: { report_ids: string[]; status: "dismissed" | "actioned"; actor_id: string }, { container }) => {
    const svc = reportsService(container)
    await svc.updateReports(input.report_ids.map((id) => ({ id, status: input.status, resolved_by: input.actor_id, resolved_at: new Date() })))
    return new StepResponse(input.report_ids, input.report_ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await reportsService(container).updateReports(ids.map((id) => ({ id, status: "open" as const, resolved_by: null, resolved_at: null })))
  }
)

export type AuditInput = { target_type: TargetType; target_id: string; action: ReportAction; actor_id: string; note: string | null; report_ids: string[]; details: Row }

export const createAuditEntryStep = createStep("reports-audit", async (input: AuditInput, { container }) => {
  const entry = await reportsService(container).createReportActions({ ...input, report_ids: input.report_ids as unknown as Row })
  return new StepResponse(entry, entry.id)
}, async (id, { container }) => {
  if (id) await reportsService(container).deleteReportActions(id)
})
/* eslint-enable @typescript-eslint/no-explicit-any */
