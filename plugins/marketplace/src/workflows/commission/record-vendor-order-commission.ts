import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeCommissionStep, type ComputeCommissionInput } from "./steps/compute-commission"
import { recordCommissionStep } from "./steps/record-commission"

export const recordVendorOrderCommissionWorkflowId = "record-vendor-order-commission"

/** Stores the commission lines of vendor orders and posts sale/commission entries to the vendors' ledgers. */
export const recordVendorOrderCommissionWorkflow = createWorkflow(
  recordVendorOrderCommissionWorkflowId,
  (input: ComputeCommissionInput) => {
    const plan = computeCommissionStep(input)
    const recorded = recordCommissionStep(plan)
    return new WorkflowResponse(recorded)
  }
)
