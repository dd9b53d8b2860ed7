import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planVendorShipmentStep } from "./steps/plan-shipment"

/** A vendor packs what is left of its order (Medusa's fulfillment takes the reserved stock); shipping comes later. */
export const fulfillVendorOrderWorkflow = createWorkflow(
  "fulfill-vendor-order",
  (input: { order_id: string; created_by?: string }) => {
    const plan = planVendorShipmentStep({ order_id: input.order_id, fulfil_only: true })
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({ order_id: input.order_id, items: plan.items, created_by: input.created_by })),
    })
    return new WorkflowResponse(transform({ fulfillment }, ({ fulfillment }) => ({ fulfillment_id: fulfillment.id })))
  }
)
