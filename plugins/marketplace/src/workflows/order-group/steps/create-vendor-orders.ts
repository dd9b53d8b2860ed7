import { Modules } from "@medusajs/framework/utils"
import type { OrderDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the planned orders are Medusa's CreateOrderDTO built from query rows
type PlannedOrder = Record<string, any>

/**
 * Creates the vendor orders of a checkout with several vendors (nothing when it has one: its order is
 * the vendor's). Compensation deletes what it created.
 */
export const createVendorOrdersStep = createStep(
  "create-vendor-orders",
  async (orders: PlannedOrder[], { container }) => {
    if (!orders.length) return new StepResponse([] as OrderDTO[], [] as string[])
    const created = await container.resolve(Modules.ORDER).createOrders(orders as never[])
    return new StepResponse(created, created.map((o) => o.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.ORDER).deleteOrders(ids)
  }
)
