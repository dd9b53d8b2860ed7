import { emitEventStep, sendNotificationsStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkListingImagesStep, moderateListingsStep, planModerationDecisionStep, updateModerationCaseStep, type ModerationDecision } from "./steps"

export const MODERATION_DECIDED_EVENT = "trust_safety.moderation.decided"

/** The background image check of queued listings (started by the product subscriber). */
export const checkListingImagesWorkflow = createWorkflow("check-listing-images", (input: { product_ids: string[] }) => {
  return new WorkflowResponse(checkListingImagesStep(input))
})

/**
 * The operator approves a listing from the manual queue (it goes live if moderation held it back)
 * or rejects it with a reason (it leaves the store); the vendor is notified with the reason.
 */
export const decideModerationCaseWorkflow = createWorkflow("decide-moderation-case", (input: ModerationDecision) => {
  const plan = planModerationDecisionStep(input)
  const updated = updateModerationCaseStep(
    transform({ input, plan }, ({ input, plan }) => ({
      id: input.id,
      status: input.action === "approve" ? ("approved" as const) : ("rejected" as const),
      operator_reason: input.reason?.trim() || null,
      decided_by: input.admin_id,
      vendor_id: plan.vendor_id,
    }))
  )
  when({ plan }, ({ plan }) => !!plan.product).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        selector: { id: plan.product!.id },
        update: { status: plan.product!.status, metadata: plan.product!.metadata },
      })),
    })
  })
  emitEventStep(
    transform({ input, plan }, ({ input, plan }) => ({
      eventName: MODERATION_DECIDED_EVENT,
      data: { id: input.id, product_id: plan.case.product_id, action: input.action },
    }))
  )
  sendNotificationsStep(
    transform({ input, plan }, ({ input, plan }) =>
      plan.notify
        ? [
            {
              to: plan.notify,
              channel: "email",
              template: "listing-moderation-decided",
              trigger_type: MODERATION_DECIDED_EVENT,
              resource_id: plan.case.product_id,
              resource_type: "product",
              data: { vendor_name: plan.vendor_name, title: plan.case.title, action: input.action, reason: input.reason ?? null },
            },
          ]
        : []
    )
  )
  return new WorkflowResponse(updated)
})

/**
 * Checks listings again now (what Medusa's product workflows' hooks do on create and update), for
 * changes that reach a listing without a product workflow: a lesson video stored for a course.
 */
export const moderateListingsWorkflow = createWorkflow("moderate-listings", (input: { product_ids: string[] }) => {
  moderateListingsStep(input)
  return new WorkflowResponse(input.product_ids)
})
