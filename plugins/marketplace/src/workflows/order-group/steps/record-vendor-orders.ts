import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { insertVendorOrderLinks } from "../../../lib/vendor-order-links"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { VENDOR_MODULE } from "../../../modules/vendor"
import { planCommission } from "../../commission/steps/compute-commission"
import type { SplitPlan } from "./prepare-vendor-orders"

export type RecordVendorOrdersInput = {
  plan: SplitPlan
  /** Each vendor order with its vendor: the customer's order (one vendor) or the split's copies. */
  vendor_orders: { order_id: string; vendor_id: string }[]
  /** The orders the split created (none for a one-vendor checkout). */
  created_order_ids: string[]
}

/** What the split recorded: enough to find it (the ids) and to undo it exactly. */
export type RecordedVendorOrders = {
  order_group_id: string
  /** The vendor orders: the customer's own order when the checkout has one vendor. */
  order_ids: string[]
  vendor_orders: { order_id: string; vendor_id: string }[]
  created_order_ids: string[]
  /** The vendor and group links created for each vendor order. */
  links: LinkDefinition[]
  commission: { line_ids: string[]; entry_ids: string[] }
}

type Written = { order_group_id?: string; links?: LinkDefinition[]; commission?: { line_ids: string[]; entry_ids: string[] } }

/** Removes what `recordVendorOrders` wrote (any part of it), newest first. */
export async function undoVendorOrders(container: MedusaContainer, done: Written | undefined): Promise<void> {
  if (!done) return
  if (done.commission) {
    const commission: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    if (done.commission.line_ids.length) await commission.deleteCommissionLines(done.commission.line_ids)
    if (done.commission.entry_ids.length) await commission.deleteLedgerEntries(done.commission.entry_ids)
  }
  if (done.links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(done.links)
  if (done.order_group_id) await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).deleteOrderGroups(done.order_group_id)
}

/**
 * Records a checkout's vendor orders: the order group (the unique cart / parent-order indexes refuse
 * a second group for one checkout), each vendor order's links to its vendor and to the group (one
 * statement), and its commission lines and ledger entries (one statement). One function
 * for both callers: the split workflow's step below, and the cart completion's `orderCreated` hook,
 * which records a one-vendor checkout directly (nothing to copy, so no workflow of its own to run
 * and store on every checkout). A failure part-way removes what was written before it is rethrown.
 */
export async function recordVendorOrders(container: MedusaContainer, input: RecordVendorOrdersInput): Promise<RecordedVendorOrders> {
  const { plan, vendor_orders } = input
  const done: Written = {}
  try {
    const group = await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).insertOrderGroup({
      cart_id: plan.cart_id,
      parent_order_id: plan.parent_order_id,
      customer_id: plan.customer_id,
      currency_code: plan.currency_code,
      total: plan.total,
      vendor_count: plan.vendors.length,
    })
    done.order_group_id = group.id
    const links = vendor_orders.flatMap(({ order_id, vendor_id }): LinkDefinition[] => [
      { [VENDOR_MODULE]: { vendor_id }, [Modules.ORDER]: { order_id } },
      { [ORDER_GROUP_MODULE]: { order_group_id: done.order_group_id }, [Modules.ORDER]: { order_id } },
    ])
    // One statement for all of them: written together or not at all.
    await insertVendorOrderLinks(
      container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION),
      vendor_orders.map((o) => ({ ...o, order_group_id: group.id }))
    )
    done.links = links
    const commissionPlan = await planCommission(container, { orders: vendor_orders, order_rows: plan.order_row ? [plan.order_row] : undefined })
    done.commission = await container.resolve<CommissionModuleService>(COMMISSION_MODULE).recordCommission(commissionPlan)
  } catch (e) {
    await undoVendorOrders(container, done)
    throw e
  }
  return {
    order_group_id: done.order_group_id,
    order_ids: vendor_orders.map((o) => o.order_id),
    vendor_orders,
    created_order_ids: input.created_order_ids,
    links: done.links,
    commission: done.commission,
  }
}

/** `recordVendorOrders` as a workflow step; compensation removes what it recorded. */
export const recordVendorOrdersStep = createStep(
  "record-vendor-orders",
  async (input: RecordVendorOrdersInput, { container }) => {
    const recorded = await recordVendorOrders(container, input)
    return new StepResponse(recorded, recorded)
  },
  async (recorded, { container }) => {
    await undoVendorOrders(container, recorded)
  }
)
