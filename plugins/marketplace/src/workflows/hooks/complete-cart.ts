import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { splitOrderWorkflow, type SplitOrderWorkflowOutput } from "../order-group/split-order"
import { planVendorOrders } from "../order-group/steps/prepare-vendor-orders"
import { recordVendorOrders, undoVendorOrders } from "../order-group/steps/record-vendor-orders"

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
 *
 * A one-vendor checkout (the common case) has nothing to copy: its order is the vendor's order, and
 * the hook records it directly (group, links, commission; `recordVendorOrders` removes its own
 * partial writes on failure). Several vendors run the split workflow with the plan already made.
 */
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated

orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const plan = await planVendorOrders(container, { order_id, cart_id })
    const result =
      plan.vendors.length === 1
        ? await recordVendorOrders(container, {
            plan,
            vendor_orders: [{ order_id: plan.parent_order_id, vendor_id: plan.vendors[0].vendor_id }],
            created_order_ids: [],
          })
        : (await splitOrderWorkflow(container).run({ input: { order_id, cart_id, plan } })).result
    return new StepResponse(result, result)
  },
  async (split, { container }) => {
    // Runs only if a later step of the cart completion fails (today only Medusa's releaseLockStep
    // follows the hook): undo the split.
    if (!split?.order_group_id) return
    // The orders the split created (several vendors) lose their reservations (new ids Medusa's own
    // compensation does not know) and are deleted after the group, links and commission. The
    // customer's order only loses our links; Medusa's compensation removes the rest.
    const created = split.created_order_ids ?? []
    if (created.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: vendorOrders } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: created } })
      const itemIds = vendorOrders.flatMap((o: { items?: ({ id: string } | null)[] }) => (o.items ?? []).map((i) => i?.id)).filter(Boolean) as string[]
      if (itemIds.length) await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(itemIds)
    }
    await undoVendorOrders(container, split)
    if (created.length) {
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      for (const order_id of created) await link.delete({ [Modules.ORDER]: { order_id } })
      await container.resolve(Modules.ORDER).deleteOrders(created)
    }
  }
)
