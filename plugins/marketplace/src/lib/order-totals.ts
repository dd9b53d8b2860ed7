import { decorateCartTotals, MathBN } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * An order as the split and the commission read it: each line's and the order's total as Medusa
 * computes them, and the vendor owning each line (its product's vendor; a shipping method's is the
 * vendor of its shipping option's profile; null when none).
 */
export type OrderWithTotals = {
  id: string
  customer_id: string | null
  currency_code: string
  created_at: Date
  /** The order total (items, shipping, taxes, discounts, credit lines), as a decimal string. */
  total: string
  items: { id: string; title: string; product_id: string | null; vendor_id: string | null; total: string }[]
  shipping_methods: { id: string; name: string; shipping_option_id: string | null; vendor_id: string | null }[]
}

/**
 * The order's current version in ONE read-only statement: its lines with quantities, prices, tax
 * lines and adjustments, its shipping methods with theirs, and its credit lines: the rows, and the
 * version filters, the Order Module loads to compute totals (`addRelationsToCalculateTotals`). The
 * totals are then computed by Medusa's own `decorateCartTotals`, as the Order Module does when an
 * order is read with totals, so they are the same figures `query.graph` gives. Each line also
 * carries its vendor, read through the vendor ↔ product and vendor ↔ shipping-profile link tables.
 * This runs inside every cart completion, where `query.graph` costs three queries, the joiner and the
 * ORM's hydration, and a separate vendor lookup one more round trip.
 */
const ORDER_SQL = `
  select o.id, o.customer_id, o.currency_code, o.created_at,
    coalesce((
      select json_agg(json_build_object(
               'id', li.id, 'title', li.title, 'product_id', li.product_id, 'is_tax_inclusive', li.is_tax_inclusive,
               'vendor_id', (select l.vendor_id from vendor_vendor_product_product l
                              where l.product_id = li.product_id and l.deleted_at is null limit 1),
               'quantity', oi.raw_quantity, 'unit_price', coalesce(oi.raw_unit_price, li.raw_unit_price),
               'detail', json_build_object(
                 'return_requested_quantity', oi.raw_return_requested_quantity,
                 'return_received_quantity', oi.raw_return_received_quantity,
                 'return_dismissed_quantity', oi.raw_return_dismissed_quantity),
               'tax_lines', coalesce((select json_agg(json_build_object('rate', t.raw_rate)) from order_line_item_tax_line t
                                       where t.item_id = li.id and t.deleted_at is null), '[]'),
               'adjustments', coalesce((select json_agg(json_build_object('amount', a.raw_amount, 'is_tax_inclusive', a.is_tax_inclusive))
                                          from order_line_item_adjustment a
                                         where a.item_id = li.id and a.version = o.version and a.deleted_at is null), '[]')
             ) order by oi.created_at, li.id)
        from order_item oi
        join order_line_item li on li.id = oi.item_id and li.deleted_at is null
       where oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null), '[]') as items,
    coalesce((
      select json_agg(json_build_object(
               'id', sm.id, 'name', sm.name, 'shipping_option_id', sm.shipping_option_id,
               'vendor_id', (select l.vendor_id from shipping_option so
                               join vendor_vendor_fulfillment_shipping_profile l
                                 on l.shipping_profile_id = so.shipping_profile_id and l.deleted_at is null
                              where so.id = sm.shipping_option_id and so.deleted_at is null limit 1),
               'amount', sm.raw_amount, 'is_tax_inclusive', sm.is_tax_inclusive,
               'tax_lines', coalesce((select json_agg(json_build_object('rate', t.raw_rate)) from order_shipping_method_tax_line t
                                       where t.shipping_method_id = sm.id and t.deleted_at is null), '[]'),
               'adjustments', coalesce((select json_agg(json_build_object('amount', a.raw_amount)) from order_shipping_method_adjustment a
                                         where a.shipping_method_id = sm.id and a.version = o.version and a.deleted_at is null), '[]')
             ) order by os.created_at, sm.id)
        from order_shipping os
        join order_shipping_method sm on sm.id = os.shipping_method_id and sm.deleted_at is null
       where os.order_id = o.id and os.version = o.version and os.deleted_at is null), '[]') as shipping_methods,
    coalesce((
      select json_agg(json_build_object('amount', cl.raw_amount))
        from order_credit_line cl
       where cl.order_id = o.id and cl.version = o.version and cl.deleted_at is null), '[]') as credit_lines
    from "order" o
   where o.id = ? and o.deleted_at is null`

/** Reads an order with its line and order totals (see ORDER_SQL); null when there is no such order. */
export async function readOrderWithTotals(pg: Knex, orderId: string): Promise<OrderWithTotals | null> {
  type RawRow = Omit<OrderWithTotals, "total" | "items" | "shipping_methods"> & {
    items: Record<string, unknown>[]
    shipping_methods: Record<string, unknown>[]
    credit_lines: Record<string, unknown>[]
  }
  const { rows } = (await pg.raw(ORDER_SQL, [orderId])) as { rows: RawRow[] }
  const row = rows[0]
  if (!row) return null
  const totals = decorateCartTotals({
    items: row.items as never,
    shipping_methods: row.shipping_methods as never,
    credit_lines: row.credit_lines as never,
  }) as unknown as { total: unknown; items: { total: unknown }[] }
  return {
    id: row.id,
    customer_id: row.customer_id ?? null,
    currency_code: row.currency_code,
    created_at: row.created_at,
    total: MathBN.convert(totals.total as never).toString(),
    items: row.items.map((i, n) => ({
      id: i.id as string,
      title: i.title as string,
      product_id: (i.product_id as string | null) ?? null,
      vendor_id: (i.vendor_id as string | null) ?? null,
      total: MathBN.convert(totals.items[n].total as never).toString(),
    })),
    shipping_methods: row.shipping_methods.map((m) => ({
      id: m.id as string,
      name: m.name as string,
      shipping_option_id: (m.shipping_option_id as string | null) ?? null,
      vendor_id: (m.vendor_id as string | null) ?? null,
    })),
  }
}
