import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureSellerShippingProfileStep, planSellerShippingOptionsStep } from "./steps/seller-shipping"

/**
 * Gives a seller what it needs to ship: its own shipping profile (so a cart asks for one shipping
 * method per seller and the order split hands each seller its shipping) and a Standard option in
 * every service zone. Idempotent: an existing profile and existing options are kept.
 */
export const setupSellerShippingWorkflow = createWorkflow(
  "setup-seller-shipping",
  (input: { vendor_id: string; vendor_name: string }) => {
    const profile = ensureSellerShippingProfileStep({ vendor_id: input.vendor_id })
    const options = planSellerShippingOptionsStep(
      transform({ profile, input }, ({ profile, input }) => ({ profile_id: profile.profile_id, vendor_name: input.vendor_name }))
    )
    when({ options }, ({ options }) => options.length > 0).then(() => {
      createShippingOptionsWorkflow.runAsStep({ input: options })
    })
    return new WorkflowResponse(profile)
  }
)
