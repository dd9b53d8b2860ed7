import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planVendorShipmentStep } from "./steps/plan-shipment"

export type ShipVendorOrderInput = {
  order_id: string
  carrier: string
  tracking_number: string
  tracking_url?: string | null
  created_by?: string
}

/**
 * A vendor marks its order shipped with carrier and tracking number: the open fulfillment is shipped,
 * or the items still to send are fulfilled first (Medusa's fulfillment takes the stock reserved for
 * this vendor order) and then shipped — one workflow, so a failed shipment also undoes the fulfillment.
 */
export const shipVendorOrderWorkflow = createWorkflow("ship-vendor-order", (input: ShipVendorOrderInput) => {
  const plan = planVendorShipmentStep({ order_id: input.order_id })

  const created = when({ plan }, ({ plan }) => !plan.fulfillment_id).then(() =>
    createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        order_id: input.order_id,
        items: plan.items,
        created_by: input.created_by,
        metadata: { carrier: input.carrier },
      })),
    })
  )

  const shipment = transform({ input, plan, created }, ({ input, plan, created }) => ({
    order_id: input.order_id,
    fulfillment_id: (plan.fulfillment_id ?? created?.id) as string,
    items: plan.items,
    created_by: input.created_by,
    labels: [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }],
    metadata: { carrier: input.carrier },
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipment })

  return new WorkflowResponse(transform({ shipment }, ({ shipment }) => ({ fulfillment_id: shipment.fulfillment_id })))
})
