import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateVendorStep } from "./steps/update-vendor"
import type { UpdateVendorInput } from "./types"

export const updateVendorWorkflowId = "update-vendor"

/** A vendor edits its own profile (the route allows only profile fields). */
export const updateVendorWorkflow = createWorkflow(
  updateVendorWorkflowId,
  (input: { id: string; data: UpdateVendorInput }) => new WorkflowResponse(updateVendorStep(input))
)
