import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
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
    // The reservations were moved onto the vendor orders' items (new ids Medusa's own compensation
    // does not know): release them here.
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data: vendorOrders } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: split.order_ids } })
    const itemIds = vendorOrders.flatMap((o: { items?: ({ id: string } | null)[] }) => (o.items ?? []).map((i) => i?.id)).filter(Boolean) as string[]
    if (itemIds.length) await inventory.deleteReservationItemsByLineItem(itemIds)
    for (const order_id of split.order_ids) {
      await link.delete({ [Modules.ORDER]: { order_id } })
    }
    await commission.deleteCommissionLines((await commission.listCommissionLines({ order_id: split.order_ids })).map((l) => l.id))
    await commission.deleteLedgerEntries((await commission.listLedgerEntries({ order_id: split.order_ids })).map((e) => e.id))
    await orders.deleteOrders(split.order_ids)
    await groups.deleteOrderGroups(split.order_group_id)
  }
)
