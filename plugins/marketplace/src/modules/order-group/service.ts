import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { bigNumberColumns, isUniqueViolation } from "../../lib/big-number-columns"
import OrderGroup from "./models/order-group"

export type InsertOrderGroupInput = {
  cart_id: string
  parent_order_id: string
  customer_id: string | null
  currency_code: string
  total: string
  vendor_count: number
}

class OrderGroupModuleService extends MedusaService({ OrderGroup }) {
  /**
   * Creates a checkout's group with ONE insert (no ORM unit of work): it is written inside every
   * cart completion. Same row as `createOrderGroups`; the unique cart / parent-order indexes refuse
   * a second group for one checkout.
   */
  @InjectManager()
  async insertOrderGroup(input: InsertOrderGroupInput, @MedusaContext() sharedContext: Context = {}): Promise<{ id: string }> {
    const manager = sharedContext.manager as { execute: (sql: string, params?: unknown[]) => Promise<{ id: string }[]> }
    const total = bigNumberColumns(input.total)
    try {
      const [row] = await manager.execute(
        `insert into order_group (id, cart_id, parent_order_id, customer_id, currency_code, total, raw_total, vendor_count)
         values (?, ?, ?, ?, ?, ?, ?::jsonb, ?) returning id`,
        [generateEntityId(undefined, "ordgrp"), input.cart_id, input.parent_order_id, input.customer_id, input.currency_code, total.numeric, total.raw, input.vendor_count]
      )
      return row
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The checkout of cart ${input.cart_id} already has an order group`)
      }
      throw e
    }
  }
}

export default OrderGroupModuleService
