import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** parent line item id → vendor order line item id */
export type MoveReservationsInput = { item_map: Record<string, string> }

type Reservation = {
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: unknown
  allow_backorder?: boolean
  description?: string | null
  metadata?: Record<string, unknown> | null
}

const copy = (r: Reservation & { id?: string }, lineItemId: string) => ({
  line_item_id: lineItemId,
  inventory_item_id: r.inventory_item_id,
  location_id: r.location_id,
  quantity: r.quantity as number,
  allow_backorder: r.allow_backorder,
  description: r.description ?? undefined,
  metadata: r.metadata ?? undefined,
})

/**
 * Stock was reserved once, by Medusa's cart completion, against the customer's order's items. The
 * reservations move to the vendor orders' items (delete + re-create with the same inventory item,
 * location and quantity: reserved stock never changes in total), so a vendor's fulfillment finds and
 * consumes them. Compensation moves them back.
 */
export const moveReservationsStep = createStep(
  "move-reservations-to-vendor-orders",
  async (input: MoveReservationsInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const parentIds = Object.keys(input.item_map)
    if (!parentIds.length) return new StepResponse([], { removed: [] as Reservation[], created: [] as string[] })
    const existing = (await inventory.listReservationItems({ line_item_id: parentIds })) as unknown as (Reservation & {
      id: string
      raw_quantity?: unknown
    })[]
    if (!existing.length) return new StepResponse([], { removed: [] as Reservation[], created: [] as string[] })
    await inventory.deleteReservationItems(existing.map((r) => r.id))
    const created = await inventory.createReservationItems(
      existing.map((r) => copy(r, input.item_map[r.line_item_id]))
    )
    return new StepResponse(created, { removed: existing, created: created.map((r) => r.id) })
  },
  async (data, { container }) => {
    if (!data?.removed.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (data.created.length) await inventory.deleteReservationItems(data.created)
    await inventory.createReservationItems(data.removed.map((r) => copy(r, r.line_item_id)))
  }
)
