import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setupSellerShippingWorkflow } from "./setup-seller-shipping"
import { createVendorsStep } from "./steps/create-vendors"
import { getMarketplaceSettingsStep } from "./steps/get-settings"
import { validateVendorHandlesStep } from "./steps/validate-vendor-handles"
import type { RegisterVendorInput } from "./types"

export const registerVendorWorkflowId = "register-vendor"

/**
 * Sign-up of a new vendor: creates the vendor (pending, or active when the operator turned on
 * auto-approval) with the caller as its owner, and makes the caller's auth identity a `vendor`
 * actor whose id is the owner's member id. Every step rolls back if a later one fails.
 */
export const registerVendorWorkflow = createWorkflow(registerVendorWorkflowId, (input: RegisterVendorInput) => {
  const handles = transform({ input }, ({ input }) => [input.vendor.handle])
  validateVendorHandlesStep(handles)
  const settings = getMarketplaceSettingsStep()

  const vendorData = transform({ input, settings }, ({ input, settings }) => [
    {
      ...input.vendor,
      email: input.email,
      status: settings.auto_approve_vendors ? ("active" as const) : ("pending" as const),
      members: [{ email: input.email, name: input.member_name ?? null, role: "owner" as const }],
    },
  ])
  const created = createVendorsStep(vendorData)
  const vendor = transform({ created }, ({ created }) => created[0])

  const memberId = transform({ vendor }, ({ vendor }) => vendor.members[0].id)
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "vendor", value: memberId })

  // Auto-approved sellers can sell at once: they need their shipping profile now.
  when({ vendor }, ({ vendor }) => vendor.status === "active" && vendor.kind === "seller").then(() => {
    setupSellerShippingWorkflow.runAsStep({
      input: transform({ vendor }, ({ vendor }) => ({ vendor_id: vendor.id, vendor_name: vendor.name })),
    })
  })

  return new WorkflowResponse(vendor)
})
