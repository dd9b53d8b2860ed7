import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import { VENDOR_MODULE } from "../../modules/vendor"
import { computeCommissionStep } from "../commission/steps/compute-commission"
import { recordCommissionStep } from "../commission/steps/record-commission"
import { createOrderGroupStep } from "./steps/create-order-group"
import { createVendorOrdersStep } from "./steps/create-vendor-orders"
import { moveReservationsStep } from "./steps/move-reservations"
import { prepareVendorOrdersStep, type PrepareVendorOrdersInput } from "./steps/prepare-vendor-orders"

export const splitOrderWorkflowId = "split-order-by-vendor"

export type SplitOrderWorkflowOutput = {
  order_group_id: string
  /** The vendor orders: the customer's own order when the checkout has one vendor. */
  order_ids: string[]
  /** Each vendor order with its vendor. */
  vendor_orders: { order_id: string; vendor_id: string }[]
  /** The orders this workflow created (none for a one-vendor checkout). */
  created_order_ids: string[]
}

/**
 * Puts the customer's order (created once by Medusa's cart completion, with its one payment and its
 * stock reservations) under an order group, one order per vendor:
 * - one vendor (the common checkout): the customer's order is the vendor's order; it is linked to
 *   the vendor and the group, nothing is copied;
 * - several vendors: one new order per vendor with only its items and shipping, linked to the
 *   vendor and the group; the reservations move to the vendor orders' items.
 * Commission lines and ledger entries are recorded for each vendor order. Any failure undoes every
 * step (orders, group, links, reservations, commission).
 */
export const splitOrderWorkflow = createWorkflow(splitOrderWorkflowId, (input: PrepareVendorOrdersInput) => {
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

  const group = createOrderGroupStep(
    transform({ plan }, ({ plan }) => ({
      cart_id: plan.cart_id,
      parent_order_id: plan.parent_order_id,
      customer_id: plan.customer_id,
      currency_code: plan.currency_code,
      total: plan.total,
      vendor_count: plan.vendors.length,
    }))
  )

  const links = transform({ vendorOrders, group }, ({ vendorOrders, group }): LinkDefinition[] =>
    vendorOrders.flatMap(({ order_id, vendor_id }): LinkDefinition[] => [
      { [VENDOR_MODULE]: { vendor_id }, [Modules.ORDER]: { order_id } },
      { [ORDER_GROUP_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id } },
    ])
  )
  createRemoteLinkStep(links)

  // The steps of recordVendorOrderCommissionWorkflow, inline: a nested workflow would store its
  // execution on every checkout.
  const commission = computeCommissionStep(
    transform({ vendorOrders, plan }, ({ vendorOrders, plan }) => ({ orders: vendorOrders, order_rows: plan.order_row ? [plan.order_row] : undefined }))
  )
  recordCommissionStep(commission)

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

  const result = transform({ group, vendorOrders, copies }, ({ group, vendorOrders, copies }) => ({
    order_group_id: group.id,
    order_ids: vendorOrders.map((o) => o.order_id),
    vendor_orders: vendorOrders,
    created_order_ids: copies.map((o) => o.id),
  }))
  return new WorkflowResponse(result)
})
