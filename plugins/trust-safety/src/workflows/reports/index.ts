import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setVendorStatusWorkflow } from "@vitrina/marketplace/workflows"
import { setReviewStatusWorkflow } from "@vitrina/reviews/workflows"
import { closeReportsStep, createAuditEntryStep, createReportStep, planReportActionStep, type CreateReportInput, type ReportAction, type TargetType } from "./steps"

export type { CreateReportInput, ReportAction, TargetType }

/** A signed-in customer (or vendor member) reports a listing, a review, a vendor or a message. */
export const createReportWorkflow = createWorkflow("reports-create-report", (input: CreateReportInput) => {
  return new WorkflowResponse(createReportStep(input))
})

export type ReportActionInput = { target_type: TargetType; target_id: string; action: ReportAction; actor_id: string; note?: string | null }

/**
 * The operator acts on a reported target: dismiss the reports, hide the target (a listing is
 * unpublished and marked `vitrina_hidden_by: report`, which takes it out of the store and search;
 * a review is hidden by the reviews plugin's status workflow; a vendor is suspended through the
 * marketplace's vendor status workflow) or suspend the vendor behind the target. The target's open
 * reports are closed and an audit entry records who did what, when, with the note.
 */
export const actOnReportsWorkflow = createWorkflow("reports-act", (input: ReportActionInput) => {
  const plan = planReportActionStep(input)

  when({ plan }, ({ plan }) => !!plan.hide_product).then(() => {
    updateProductsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ products: [plan.hide_product!] })) })
  })
  when({ plan }, ({ plan }) => !!plan.hide_review_id).then(() => {
    setReviewStatusWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({ review_id: plan.hide_review_id!, status: "hidden", reason: `report: ${input.note ?? "hidden by an operator"}`.slice(0, 500) })),
    })
  })
  when({ plan }, ({ plan }) => !!plan.suspend_vendor_id).then(() => {
    setVendorStatusWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({ id: plan.suspend_vendor_id!, status: "suspended", reason: (input.note || "Suspended after user reports").slice(0, 1000) })),
    })
  })

  closeReportsStep(transform({ plan, input }, ({ plan, input }) => ({ report_ids: plan.report_ids, status: input.action === "dismiss" ? ("dismissed" as const) : ("actioned" as const), actor_id: input.actor_id })))
  const entry = createAuditEntryStep(
    transform({ plan, input }, ({ plan, input }) => ({
      target_type: input.target_type,
      target_id: input.target_id,
      action: input.action,
      actor_id: input.actor_id,
      note: input.note ?? null,
      report_ids: plan.report_ids,
      details: {
        target_vendor_id: plan.target_vendor_id,
        product_unpublished: plan.hide_product?.id ?? null,
        review_hidden: plan.hide_review_id,
        vendor_suspended: plan.suspend_vendor_id,
      },
    }))
  )
  return new WorkflowResponse(entry)
})
