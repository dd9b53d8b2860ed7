import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow, getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import VendorOrderLink from "../links/vendor-order"

const LIST_FIELDS = [
  "id", "display_id", "created_at", "status", "fulfillment_status", "payment_status", "currency_code", "email",
  "total", "subtotal", "shipping_total", "tax_total",
  "items.id", "items.title", "items.subtitle", "items.variant_title", "items.quantity", "items.unit_price", "items.total", "items.thumbnail",
]
const DETAIL_FIELDS = [
  ...LIST_FIELDS,
  "items.variant_sku", "items.detail.fulfilled_quantity", "items.detail.shipped_quantity",
  "shipping_address.*", "shipping_methods.id", "shipping_methods.name", "shipping_methods.amount",
  "fulfillments.id", "fulfillments.created_at", "fulfillments.shipped_at", "fulfillments.canceled_at", "fulfillments.metadata",
  "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url",
]

/** The vendor's orders (its part of each checkout), newest first. */
export async function listVendorOrders(container: MedusaContainer, vendorId: string, { limit, offset }: { limit: number; offset: number }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: VendorOrderLink.entryPoint, fields: ["order_id"], filters: { vendor_id: vendorId } })
  const ids = links.map((l: { order_id: string }) => l.order_id)
  if (!ids.length) {
    return { orders: [], count: 0 }
  }
  const { result } = await getOrdersListWorkflow(container).run({
    input: { fields: LIST_FIELDS, variables: { filters: { id: ids }, skip: offset, take: limit, order: { created_at: "DESC" } } },
  })
  const { rows, metadata } = result as unknown as { rows: unknown[]; metadata: { count: number } }
  return { orders: rows, count: metadata.count }
}

/** One vendor order with address, shipping and fulfillments (ownership checked by the vendor guard). */
export async function retrieveVendorOrder(container: MedusaContainer, orderId: string) {
  const { result } = await getOrderDetailWorkflow(container).run({ input: { order_id: orderId, fields: DETAIL_FIELDS } })
  return result
}
