import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planVendorStatusChangeStep } from "./steps/plan-status-change"
import { updateVendorStep } from "./steps/update-vendor"
import { setupSellerShippingWorkflow } from "./setup-seller-shipping"
import type { VendorStatus } from "./types"

export const setVendorStatusWorkflowId = "set-vendor-status"
export const VENDOR_STATUS_CHANGED_EVENT = "vendor.status_changed"

export type SetVendorStatusInput = { id: string; status: VendorStatus; reason?: string | null }

/**
 * The operator approves, rejects, suspends or reactivates a vendor. A suspended vendor's listings
 * leave the store (unpublished and marked) and come back on reactivation; all of it rolls back together.
 */
export const setVendorStatusWorkflow = createWorkflow(setVendorStatusWorkflowId, (input: SetVendorStatusInput) => {
  const plan = planVendorStatusChangeStep({ id: input.id, status: input.status })

  const data = transform({ input }, ({ input }) => ({
    status: input.status,
    status_reason: input.status === "active" ? null : (input.reason ?? null),
  }))
  const vendor = updateVendorStep({ id: input.id, data })

  // An approved seller gets its own shipping profile and options (kept on later reactivations).
  when({ input, vendor }, ({ input, vendor }) => input.status === "active" && vendor.kind === "seller").then(() => {
    setupSellerShippingWorkflow.runAsStep({
      input: transform({ vendor }, ({ vendor }) => ({ vendor_id: vendor.id, vendor_name: vendor.name })),
    })
  })

  when({ plan }, ({ plan }) => plan.products.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products: plan.products } })
  })

  const event = transform({ input, plan }, ({ input, plan }) => ({
    eventName: VENDOR_STATUS_CHANGED_EVENT,
    data: { id: input.id, from: plan.from, to: input.status, reason: input.reason ?? null },
  }))
  emitEventStep(event)

  return new WorkflowResponse(vendor)
})
