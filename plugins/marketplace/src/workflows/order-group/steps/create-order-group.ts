import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export type CreateOrderGroupInput = {
  cart_id: string
  parent_order_id: string
  customer_id: string | null
  currency_code: string
  total: string
  vendor_count: number
}

/** Creates the group; the unique cart/parent-order indexes refuse a second group for one checkout. */
export const createOrderGroupStep = createStep(
  "create-order-group",
  async (input: CreateOrderGroupInput, { container }) => {
    const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    const group = await service.createOrderGroups(input as never)
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    await service.deleteOrderGroups(id)
  }
)
