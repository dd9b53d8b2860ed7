import { generateEntityId } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Links each vendor order to its vendor and to its checkout's group (the `vendor-order` and
 * `order-group-order` module links) in ONE statement: both rows of every order, or none. Same rows
 * as the Link module's `create` (a `link_` id, a soft-deleted pair revived), without its two
 * transactions and lookups; it runs inside every cart completion on orders created moments before,
 * which no other vendor or group can hold yet. `link.dismiss` removes them like any other link.
 */
export async function insertVendorOrderLinks(
  pg: Knex,
  rows: { order_id: string; vendor_id: string; order_group_id: string }[]
): Promise<void> {
  if (!rows.length) return
  const ids = () => rows.map(() => generateEntityId(undefined, "link"))
  const orders = rows.map((r) => r.order_id)
  await pg.raw(
    `with vendor_links as (
       insert into vendor_vendor_order_order (id, vendor_id, order_id)
       select * from unnest(?::text[], ?::text[], ?::text[])
       on conflict (vendor_id, order_id) do update set deleted_at = null, updated_at = now()
       returning 1
     )
     insert into order_group_order_group_order_order (id, order_group_id, order_id)
     select * from unnest(?::text[], ?::text[], ?::text[])
     on conflict (order_group_id, order_id) do update set deleted_at = null, updated_at = now()`,
    [ids(), rows.map((r) => r.vendor_id), orders, ids(), rows.map((r) => r.order_group_id), orders]
  )
}
