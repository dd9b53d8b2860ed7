import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { readOrderWithTotals } from "../../../lib/order-totals"

export type PrepareVendorOrdersInput = { order_id: string; cart_id: string }

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of query.graph over links and custom modules are untyped here
type Row = Record<string, any>

export type VendorOrderPlan = {
  vendor_id: string
  /** Parent line item ids in the order they are passed to the new order. */
  parent_item_ids: string[]
  /** The new vendor order to create; null when the checkout has one vendor (its order is the customer's). */
  order: Row | null
}

export type SplitPlan = {
  parent_order_id: string
  cart_id: string
  customer_id: string | null
  currency_code: string
  total: string
  vendors: VendorOrderPlan[]
  /** One vendor: the customer's order as the commission reads it (it is the vendor order). */
  order_row: Row | null
}

/** What copying lines into new vendor orders needs (only read when a checkout has several vendors). */
const ORDER_FIELDS = [
  "id", "region_id", "customer_id", "sales_channel_id", "email", "currency_code", "locale", "metadata", "total",
  "shipping_address.*", "billing_address.*", "credit_lines.id",
  "items.*", "items.tax_lines.*", "items.adjustments.*",
  "shipping_methods.*", "shipping_methods.tax_lines.*", "shipping_methods.adjustments.*",
]

const taxLines = (lines: Row[] = []) =>
  lines.map((t) => ({
    description: t.description, tax_rate_id: t.tax_rate_id, code: t.code, rate: t.raw_rate ?? t.rate,
    provider_id: t.provider_id, metadata: t.metadata ?? null,
  }))
const adjustments = (lines: Row[] = []) =>
  lines.map((a) => ({
    code: a.code, amount: a.raw_amount ?? a.amount, description: a.description, promotion_id: a.promotion_id,
    provider_id: a.provider_id, is_tax_inclusive: a.is_tax_inclusive,
  }))
const address = (a: Row | null | undefined) => {
  if (!a) return null
  const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = a
  return rest
}

/**
 * Reads the customer's order and partitions it by vendor: each item goes to its product's vendor,
 * each shipping method to the vendor owning its shipping option's profile. Every line lands in
 * exactly one vendor order, so the vendor orders add up to the customer's order. When every line
 * belongs to one vendor, the customer's order is that vendor's order and nothing is copied
 * (`order: null`); otherwise the full order is read and one new order per vendor is planned.
 * Read-only.
 */
export async function planVendorOrders(container: MedusaContainer, input: PrepareVendorOrdersInput): Promise<SplitPlan> {
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  // What assigning lines to vendors needs (each line's vendor), with the line and order totals (the
  // group's and the commission's figures), in one statement.
  const order = await readOrderWithTotals(pg, input.order_id)
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
  }
  const items = order.items as Row[]
  const methods = order.shipping_methods as Row[]

  const byVendor = new Map<string, { items: Row[]; methods: Row[] }>()
  const bucket = (vendorId: string) => {
    if (!byVendor.has(vendorId)) byVendor.set(vendorId, { items: [], methods: [] })
    return byVendor.get(vendorId)!
  }
  for (const item of items) {
    const vendorId = item.vendor_id
    if (!vendorId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Item ${item.id} (${item.title}) belongs to no vendor`)
    }
    bucket(vendorId).items.push(item)
  }
  for (const method of methods) {
    const vendorId = method.vendor_id
    if (!vendorId || !byVendor.has(vendorId)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Shipping method ${method.id} (${method.name}) does not belong to a vendor of this order`
      )
    }
    bucket(vendorId).methods.push(method)
  }

  const plan: SplitPlan = {
    parent_order_id: order.id,
    cart_id: input.cart_id,
    customer_id: order.customer_id ?? null,
    currency_code: order.currency_code,
    total: order.total,
    vendors: [],
    order_row: null,
  }
  if (byVendor.size === 1) {
    const [[vendor_id, part]] = [...byVendor.entries()]
    plan.vendors.push({ vendor_id, parent_item_ids: part.items.map((i) => i.id), order: null })
    plan.order_row = {
      id: order.id, currency_code: order.currency_code, total: order.total, created_at: order.created_at,
      items: items.map((i) => ({ id: i.id, product_id: i.product_id, total: i.total })),
    }
    return plan
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [full] } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
  if (full.credit_lines?.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Orders paid partly with credit lines cannot be split by vendor yet")
  }
  const itemById = new Map(((full.items ?? []) as Row[]).map((i) => [i.id, i]))
  const methodById = new Map(((full.shipping_methods ?? []) as Row[]).map((m) => [m.id, m]))
  plan.vendors = [...byVendor.entries()].map(([vendor_id, lean]) => {
    const part = { items: lean.items.map((i) => itemById.get(i.id)!), methods: lean.methods.map((m) => methodById.get(m.id)!) }
    return {
      vendor_id,
      parent_item_ids: part.items.map((i) => i.id),
      order: {
        region_id: full.region_id,
        // The customer sees one order per checkout (the one they paid) in "My orders"; vendor orders
        // reach them through the group. The group keeps the customer id.
        customer_id: null,
        sales_channel_id: full.sales_channel_id,
        email: full.email,
        currency_code: order.currency_code,
        locale: full.locale,
        status: "pending",
        no_notification: true,
        shipping_address: address(full.shipping_address),
        billing_address: address(full.billing_address),
        metadata: { vitrina_vendor_id: vendor_id, vitrina_parent_order_id: order.id, vitrina_cart_id: input.cart_id },
        items: part.items.map((i) => ({
          title: i.title, subtitle: i.subtitle, thumbnail: i.thumbnail, quantity: i.raw_quantity ?? i.quantity,
          product_id: i.product_id, product_title: i.product_title, product_description: i.product_description,
          product_subtitle: i.product_subtitle, product_type: i.product_type, product_type_id: i.product_type_id,
          product_collection: i.product_collection, product_handle: i.product_handle,
          variant_id: i.variant_id, variant_sku: i.variant_sku, variant_barcode: i.variant_barcode,
          variant_title: i.variant_title, variant_option_values: i.variant_option_values,
          is_discountable: i.is_discountable, is_giftcard: i.is_giftcard, requires_shipping: i.requires_shipping,
          is_custom_price: i.is_custom_price, unit_price: i.raw_unit_price ?? i.unit_price,
          compare_at_unit_price: i.raw_compare_at_unit_price ?? i.compare_at_unit_price,
          is_tax_inclusive: i.is_tax_inclusive,
          metadata: { ...(i.metadata ?? {}), vitrina_parent_line_item_id: i.id },
          tax_lines: taxLines(i.tax_lines),
          adjustments: adjustments(i.adjustments),
        })),
        shipping_methods: part.methods.map((m) => ({
          name: m.name, description: m.description, amount: m.raw_amount ?? m.amount,
          is_tax_inclusive: m.is_tax_inclusive, shipping_option_id: m.shipping_option_id, data: m.data,
          metadata: { ...(m.metadata ?? {}), vitrina_parent_shipping_method_id: m.id },
          tax_lines: taxLines(m.tax_lines),
          adjustments: adjustments(m.adjustments),
        })),
      },
    }
  })
  return plan
}

/** The split's plan as a read-only step (see `planVendorOrders`); a plan already made is passed through. */
export const prepareVendorOrdersStep = createStep(
  "prepare-vendor-orders",
  async (input: PrepareVendorOrdersInput & { plan?: SplitPlan }, { container }) => new StepResponse(input.plan ?? (await planVendorOrders(container, input)))
)
