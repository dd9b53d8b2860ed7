import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createVendorsStep } from "./steps/create-vendors"
import { validateVendorHandlesStep } from "./steps/validate-vendor-handles"
import type { CreateVendorInput } from "./types"

export type CreateVendorsWorkflowInput = { vendors: CreateVendorInput[] }

export const createVendorsWorkflowId = "create-vendors"

/** Creates vendors with their members. Handles must be unique. */
export const createVendorsWorkflow = createWorkflow(
  createVendorsWorkflowId,
  (input: CreateVendorsWorkflowInput) => {
    const handles = transform({ input }, ({ input }) => input.vendors.map((v) => v.handle))
    validateVendorHandlesStep(handles)
    const vendors = createVendorsStep(input.vendors)
    return new WorkflowResponse(vendors)
  }
)
