import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Quantities come back as numbers or as Medusa BigNumber values. */
const num = (v: unknown) => MathBN.convert(v as never).toNumber()

export type ShipmentPlan = {
  /** An open fulfillment (created, not shipped, not canceled) to ship, or null to create one first. */
  fulfillment_id: string | null
  items: { id: string; quantity: number }[]
}

type OrderRow = {
  status: string
  items: { id: string; detail?: { quantity?: unknown; fulfilled_quantity?: unknown } }[]
  fulfillments: { id: string; shipped_at: string | null; canceled_at: string | null; items: { line_item_id: string; quantity: unknown }[] }[]
}

/**
 * What "mark shipped" means for a vendor order right now: ship the open fulfillment, or fulfil what is
 * left and ship it. With `fulfil_only`, an open fulfillment is refused (there is nothing new to pack).
 */
export const planVendorShipmentStep = createStep(
  "plan-vendor-shipment",
  async ({ order_id, fulfil_only }: { order_id: string; fulfil_only?: boolean }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = (await query.graph({
    entity: "order",
    fields: [
      "status", "items.id", "items.detail.quantity", "items.detail.fulfilled_quantity",
      "fulfillments.id", "fulfillments.shipped_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id", "fulfillments.items.quantity",
    ],
    filters: { id: order_id },
  })) as unknown as { data: OrderRow[] }
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${order_id} was not found`)
  }
  if (order.status === "canceled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A canceled order cannot be shipped")
  }
  const open = (order.fulfillments ?? []).find((f) => !f.shipped_at && !f.canceled_at)
  if (open && fulfil_only) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order already has a fulfillment waiting to be shipped")
  }
  if (open) {
    return new StepResponse<ShipmentPlan>({
      fulfillment_id: open.id,
      items: open.items.map((i) => ({ id: i.line_item_id, quantity: num(i.quantity) })),
    })
  }
  const items = (order.items ?? [])
    .map((i) => ({ id: i.id, quantity: num(i.detail?.quantity ?? 0) - num(i.detail?.fulfilled_quantity ?? 0) }))
    .filter((i) => i.quantity > 0)
  if (!items.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing left to ship in this order")
  }
  return new StepResponse<ShipmentPlan>({ fulfillment_id: null, items })
  }
)
