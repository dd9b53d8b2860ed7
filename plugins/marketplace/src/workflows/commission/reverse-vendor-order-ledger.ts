import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postLedgerEntriesStep } from "./steps/post-ledger-entries"
import { prepareLedgerReversalStep, type PrepareReversalInput } from "./steps/prepare-reversal"

export const reverseVendorOrderLedgerWorkflowId = "reverse-vendor-order-ledger"

/** Posts the reversing entries of a canceled or refunded vendor order (once per reference). */
export const reverseVendorOrderLedgerWorkflow = createWorkflow(
  reverseVendorOrderLedgerWorkflowId,
  (input: PrepareReversalInput) => {
    const reversals = prepareLedgerReversalStep(input)
    const entries = postLedgerEntriesStep(reversals)
    return new WorkflowResponse(entries)
  }
)
