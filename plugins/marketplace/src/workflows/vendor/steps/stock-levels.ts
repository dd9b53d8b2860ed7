import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Inventory levels for newly created variants with a stock quantity, at the stock location that serves
 * the store's default sales channel (vendors' own warehouses are a later step).
 */
export const planStockLevelsStep = createStep(
  "plan-vendor-stock-levels",
  async (input: { products: { variants?: { id: string; sku?: string | null }[] }[]; stock: (number | null)[][] }, { container }) => {
    const wanted = input.products.flatMap((p, i) =>
      (p.variants ?? []).map((v, j) => ({ variant_id: v.id, quantity: input.stock[i]?.[j] ?? null })).filter((x) => x.quantity !== null)
    )
    if (!wanted.length) {
      return new StepResponse([] as { inventory_item_id: string; location_id: string; stocked_quantity: number }[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const { data: channels } = await query.graph({
      entity: "sales_channel",
      fields: ["stock_locations.id"],
      filters: { id: store?.default_sales_channel_id },
    })
    const locationId = (channels[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id
    if (!locationId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no stock location for its sales channel")
    }
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: wanted.map((w) => w.variant_id) },
    })
    const itemOf = new Map(
      (variants as { id: string; inventory_items?: { inventory_item_id: string }[] }[]).map((v) => [v.id, v.inventory_items?.[0]?.inventory_item_id])
    )
    return new StepResponse(
      wanted
        .filter((w) => itemOf.get(w.variant_id))
        .map((w) => ({ inventory_item_id: itemOf.get(w.variant_id) as string, location_id: locationId, stocked_quantity: w.quantity as number }))
    )
  }
)
