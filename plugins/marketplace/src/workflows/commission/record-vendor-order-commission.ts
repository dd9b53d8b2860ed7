import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeCommissionStep, type ComputeCommissionInput } from "./steps/compute-commission"
import { createCommissionLinesStep } from "./steps/create-commission-lines"
import { postLedgerEntriesStep } from "./steps/post-ledger-entries"

export const recordVendorOrderCommissionWorkflowId = "record-vendor-order-commission"

/** Stores the commission lines of vendor orders and posts sale/commission entries to the vendors' ledgers. */
export const recordVendorOrderCommissionWorkflow = createWorkflow(
  recordVendorOrderCommissionWorkflowId,
  (input: ComputeCommissionInput) => {
    const plan = computeCommissionStep(input)
    const lines = createCommissionLinesStep(transform({ plan }, ({ plan }) => plan.lines))
    const entries = postLedgerEntriesStep(transform({ plan }, ({ plan }) => plan.entries))
    return new WorkflowResponse({ lines, entries })
  }
)
