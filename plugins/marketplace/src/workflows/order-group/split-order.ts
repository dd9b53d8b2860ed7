import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createVendorOrdersStep } from "./steps/create-vendor-orders"
import { moveReservationsStep } from "./steps/move-reservations"
import { prepareVendorOrdersStep, type PrepareVendorOrdersInput, type SplitPlan } from "./steps/prepare-vendor-orders"
import { recordVendorOrdersStep, type RecordedVendorOrders } from "./steps/record-vendor-orders"

export const splitOrderWorkflowId = "split-order-by-vendor"

export type SplitOrderWorkflowOutput = RecordedVendorOrders

/**
 * Puts the customer's order (created once by Medusa's cart completion, with its one payment and its
 * stock reservations) under an order group, one order per vendor:
 * - one vendor (the common checkout): the customer's order is the vendor's order; it is linked to
 *   the vendor and the group, nothing is copied;
 * - several vendors: one new order per vendor with only its items and shipping, linked to the
 *   vendor and the group; the reservations move to the vendor orders' items.
 * Commission lines and ledger entries are recorded for each vendor order. Any failure undoes every
 * step (orders, group, links, reservations, commission). The cart completion's hook records a
 * one-vendor checkout itself (`recordVendorOrders`, the same function as the step here) and runs
 * this workflow, with the plan it already made, only for a checkout with several vendors.
 */
export const splitOrderWorkflow = createWorkflow(splitOrderWorkflowId, (input: PrepareVendorOrdersInput & { plan?: SplitPlan }) => {
  const plan = prepareVendorOrdersStep(input)

  // Several vendors: one new order per vendor (and, last, the stock reservations move onto its
  // items). One vendor: nothing to create or move.
  const copies = createVendorOrdersStep(transform({ plan }, ({ plan }) => plan.vendors.flatMap((v) => (v.order ? [v.order] : []))))

  const vendorOrders = transform({ plan, copies }, ({ plan, copies }) =>
    copies.length
      ? // by the vendor id each copy carries: createOrders does not promise to keep the input order
        copies.map((o) => ({ order_id: o.id, vendor_id: (o.metadata as Record<string, string>).vitrina_vendor_id }))
      : [{ order_id: plan.parent_order_id, vendor_id: plan.vendors[0].vendor_id }]
  )

  // The group, the vendor and group links, the commission lines and ledger entries: one step.
  const recorded = recordVendorOrdersStep(
    transform({ plan, vendorOrders, copies }, ({ plan, vendorOrders, copies }) => ({
      plan,
      vendor_orders: vendorOrders,
      created_order_ids: copies.map((o) => o.id),
    }))
  )

  // Last: no later step of the split can fail and compensate it. Its compensation would re-create
  // the customer's reservations under new ids, which Medusa's own compensation (by id) would miss.
  const itemMap = transform({ copies }, ({ copies }) => {
    const map: Record<string, string> = {}
    for (const order of copies) {
      for (const item of order.items ?? []) {
        const parentId = (item.metadata as Record<string, unknown> | null)?.vitrina_parent_line_item_id
        if (typeof parentId === "string") map[parentId] = item.id
      }
    }
    return map
  })
  moveReservationsStep({ item_map: itemMap })

  return new WorkflowResponse(recorded)
})
