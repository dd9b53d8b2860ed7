import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One checkout: the group, its vendor orders (with vendor, items, shipping) and their commission lines. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({
    entity: "order_group",
    fields: [
      "id", "cart_id", "parent_order_id", "customer_id", "currency_code", "total", "vendor_count", "created_at",
      "orders.id", "orders.display_id", "orders.status", "orders.total", "orders.subtotal", "orders.shipping_total",
      "orders.tax_total", "orders.currency_code", "orders.vendor.id", "orders.vendor.handle", "orders.vendor.name",
      "orders.items.id", "orders.items.title", "orders.items.quantity", "orders.items.total",
      "orders.shipping_methods.id", "orders.shipping_methods.name", "orders.shipping_methods.amount",
    ],
    filters: { id: req.params.id },
  })
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order group ${req.params.id} was not found`)
  const orderIds = (group.orders ?? []).map((o: { id: string }) => o.id)
  const { data: lines } = orderIds.length
    ? await query.graph({
        entity: "commission_line",
        fields: ["id", "order_id", "line_item_id", "vendor_id", "rule_id", "scope", "rate", "base_amount", "amount", "currency_code"],
        filters: { order_id: orderIds },
      })
    : { data: [] }
  const orders = (group.orders ?? []).map((o: { id: string }) => ({
    ...o,
    commission_lines: lines.filter((l: { order_id: string }) => l.order_id === o.id),
  }))
  res.json({ order_group: { ...group, orders } })
}
