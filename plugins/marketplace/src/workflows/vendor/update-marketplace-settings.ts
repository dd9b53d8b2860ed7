import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateMarketplaceSettingsStep } from "./steps/get-settings"

export const updateMarketplaceSettingsWorkflow = createWorkflow(
  "update-marketplace-settings",
  (input: { auto_approve_vendors?: boolean }) => new WorkflowResponse(updateMarketplaceSettingsStep(input))
)
