import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrdersStep, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import { VENDOR_MODULE } from "../../modules/vendor"
import { recordVendorOrderCommissionWorkflow } from "../commission/record-vendor-order-commission"
import { createOrderGroupStep } from "./steps/create-order-group"
import { moveReservationsStep } from "./steps/move-reservations"
import { prepareVendorOrdersStep, type PrepareVendorOrdersInput } from "./steps/prepare-vendor-orders"

export const splitOrderWorkflowId = "split-order-by-vendor"

export type SplitOrderWorkflowOutput = { order_group_id: string; order_ids: string[] }

/**
 * Splits the customer's order (created once by Medusa's cart completion, with its one payment and
 * its stock reservations) into one order per vendor under an order group: vendor orders with only
 * their vendor's items and shipping, linked to the vendor and the group; the reservations move to
 * the vendor orders' items; commission lines and ledger entries are recorded. Any failure undoes
 * every step (orders, group, links, reservations, commission).
 */
export const splitOrderWorkflow = createWorkflow(splitOrderWorkflowId, (input: PrepareVendorOrdersInput) => {
  const plan = prepareVendorOrdersStep(input)

  const orders = createOrdersStep(transform({ plan }, ({ plan }) => plan.vendors.map((v) => v.order))).config({
    name: "create-vendor-orders",
  })

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

  const links = transform({ plan, orders, group }, ({ plan, orders, group }): LinkDefinition[] =>
    orders.flatMap((order, i): LinkDefinition[] => [
      { [VENDOR_MODULE]: { vendor_id: plan.vendors[i].vendor_id }, [Modules.ORDER]: { order_id: order.id } },
      { [ORDER_GROUP_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id: order.id } },
    ])
  )
  createRemoteLinkStep(links)

  const itemMap = transform({ orders }, ({ orders }) => {
    const map: Record<string, string> = {}
    for (const order of orders) {
      for (const item of order.items ?? []) {
        const parentId = (item.metadata as Record<string, unknown> | null)?.vitrina_parent_line_item_id
        if (typeof parentId === "string") map[parentId] = item.id
      }
    }
    return map
  })
  moveReservationsStep({ item_map: itemMap })

  recordVendorOrderCommissionWorkflow.runAsStep({
    input: transform({ plan, orders }, ({ plan, orders }) => ({
      orders: orders.map((o, i) => ({ order_id: o.id, vendor_id: plan.vendors[i].vendor_id })),
    })),
  })

  const result = transform({ group, orders }, ({ group, orders }) => ({
    order_group_id: group.id,
    order_ids: orders.map((o) => o.id),
  }))
  return new WorkflowResponse(result)
})
