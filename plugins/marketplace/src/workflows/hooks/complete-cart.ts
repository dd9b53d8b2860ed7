import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import { VENDOR_MODULE } from "../../modules/vendor"
import type OrderGroupModuleService from "../../modules/order-group/service"
import { splitOrderWorkflow, type SplitOrderWorkflowOutput } from "../order-group/split-order"

type OrderCreatedHook = (
  handler: (
    input: { order_id: string; cart_id: string },
    context: { container: MedusaContainer }
  ) => Promise<StepResponse<SplitOrderWorkflowOutput, SplitOrderWorkflowOutput>>,
  compensate: (data: SplitOrderWorkflowOutput | undefined, context: { container: MedusaContainer }) => Promise<void>
) => void

/**
 * Medusa 2.21 declares `orderCreated` on completeCartWorkflow but types only `validate`. The hook runs
 * once per cart (inside Medusa's cart lock, only on the run that created the order, after payment
 * authorization); a failure here fails the completion, and Medusa's compensation removes the
 * customer's order, its reservations and cancels the payment, while the split rolled itself back.
 * Only one handler per hook is allowed app-wide: other plugins must not register `orderCreated`.
 */
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated

orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const { result } = await splitOrderWorkflow(container).run({ input: { order_id, cart_id } })
    return new StepResponse(result, result)
  },
  async (split, { container }) => {
    // Runs only if a later step of the cart completion fails (today only Medusa's releaseLockStep
    // follows the hook): undo the split.
    if (!split?.order_group_id) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const orders = container.resolve(Modules.ORDER)
    const groups: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    const commission = container.resolve("commission") as {
      listCommissionLines: (f: object) => Promise<{ id: string }[]>
      deleteCommissionLines: (ids: string[]) => Promise<void>
      listLedgerEntries: (f: object) => Promise<{ id: string }[]>
      deleteLedgerEntries: (ids: string[]) => Promise<void>
    }
    // The orders the split created (several vendors): their reservations (new ids Medusa's own
    // compensation does not know), every link and the orders themselves. The customer's order
    // (one vendor) only loses our two links; Medusa's compensation removes the rest.
    const created = split.created_order_ids ?? []
    if (created.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: vendorOrders } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: created } })
      const itemIds = vendorOrders.flatMap((o: { items?: ({ id: string } | null)[] }) => (o.items ?? []).map((i) => i?.id)).filter(Boolean) as string[]
      if (itemIds.length) await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(itemIds)
    }
    for (const { order_id, vendor_id } of split.vendor_orders ?? []) {
      if (created.includes(order_id)) {
        await link.delete({ [Modules.ORDER]: { order_id } })
      } else {
        await link.dismiss([
          { [VENDOR_MODULE]: { vendor_id }, [Modules.ORDER]: { order_id } },
          { [ORDER_GROUP_MODULE]: { order_group_id: split.order_group_id }, [Modules.ORDER]: { order_id } },
        ])
      }
    }
    await commission.deleteCommissionLines((await commission.listCommissionLines({ order_id: split.order_ids })).map((l) => l.id))
    await commission.deleteLedgerEntries((await commission.listLedgerEntries({ order_id: split.order_ids })).map((e) => e.id))
    if (created.length) await orders.deleteOrders(created)
    await groups.deleteOrderGroups(split.order_group_id)
  }
)
