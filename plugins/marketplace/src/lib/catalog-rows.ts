import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CatalogRow } from "./catalog-search"

/**
 * The rows of the catalogue index's source (the `query.graph` fields in search/catalog.ts), read
 * with seven set-based statements straight from the tables behind the product, pricing, inventory,
 * sales-channel and vendor modules and their links — the same rows `query.graph` returns for
 * those fields, without the ORM's hydration and serialisation of every variant, price and
 * inventory level. Measured in the import benchmark: `query.graph` took ≈ 2.3 ms of CPU per
 * product (5 variants, 2 prices each, stock), which made indexing an import cost more than
 * writing it; these statements take a small fraction of that.
 *
 * The HTTP test search.postgres.spec.ts compares the documents built from these rows with those
 * built from `query.graph` on the same catalogue, so a Medusa upgrade that changes a table shows
 * up in CI.
 *
 * Arrays are ordered (variants by rank, the rest by id) so a document is the same on every read.
 */
export async function readCatalogRows(pg: Knex, productIds: string[]): Promise<CatalogRow[]> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return []
  const { rows: products } = await pg.raw(
    `select id, title, subtitle, description, handle, thumbnail, status, metadata, created_at
       from product where id = any(?::text[]) and deleted_at is null`,
    [ids]
  )
  if (!products.length) return []
  const found = products.map((p: CatalogRow) => p.id)
  const [categories, channels, vendors, variants] = await Promise.all([
    pg.raw(
      `select pcp.product_id, c.id, c.name, c.handle
         from product_category_product pcp
         join product_category c on c.id = pcp.product_category_id and c.deleted_at is null
        where pcp.product_id = any(?::text[]) order by c.id`,
      [found]
    ),
    pg.raw(
      `select l.product_id, s.id
         from product_sales_channel l join sales_channel s on s.id = l.sales_channel_id and s.deleted_at is null
        where l.product_id = any(?::text[]) and l.deleted_at is null order by s.id`,
      [found]
    ),
    pg.raw(
      `select l.product_id, v.id, v.name, v.handle, v.status, v.verified
         from vendor_vendor_product_product l join vendor v on v.id = l.vendor_id and v.deleted_at is null
        where l.product_id = any(?::text[]) and l.deleted_at is null`,
      [found]
    ),
    pg.raw(
      `select id, sku, product_id, manage_inventory, allow_backorder
         from product_variant where product_id = any(?::text[]) and deleted_at is null
        order by product_id, variant_rank nulls last, id`,
      [found]
    ),
  ]).then((results) => results.map((r) => r.rows as CatalogRow[]))

  const variantIds = variants.map((v) => v.id)
  const [prices, stock] = variantIds.length
    ? await Promise.all([
        pg.raw(
          `select l.variant_id, p.amount, p.currency_code, p.min_quantity,
                  exists (select 1 from price_rule r where r.price_id = p.id and r.deleted_at is null) as has_rules
             from product_variant_price_set l
             join price_set ps on ps.id = l.price_set_id and ps.deleted_at is null
             join price p on p.price_set_id = ps.id and p.deleted_at is null
            where l.variant_id = any(?::text[]) and l.deleted_at is null order by p.id`,
          [variantIds]
        ),
        pg.raw(
          `select l.variant_id, l.inventory_item_id, l.required_quantity, lv.stocked_quantity, lv.reserved_quantity
             from product_variant_inventory_item l
             join inventory_item i on i.id = l.inventory_item_id and i.deleted_at is null
             left join inventory_level lv on lv.inventory_item_id = i.id and lv.deleted_at is null
            where l.variant_id = any(?::text[]) and l.deleted_at is null order by l.id, lv.id`,
          [variantIds]
        ),
      ]).then((results) => results.map((r) => r.rows as CatalogRow[]))
    : [[], []]

  const group = <T extends CatalogRow>(rows: T[], key: string) => {
    const out = new Map<string, T[]>()
    for (const r of rows) {
      const list = out.get(r[key])
      if (list) list.push(r)
      else out.set(r[key], [r])
    }
    return out
  }
  const pricesOf = group(prices, "variant_id")
  const stockOf = group(stock, "variant_id")
  const variantsOf = group(
    variants.map((v) => {
      const items = new Map<string, CatalogRow>()
      for (const s of stockOf.get(v.id) ?? []) {
        const item = items.get(s.inventory_item_id) ?? { required_quantity: s.required_quantity, inventory: { location_levels: [] as CatalogRow[] } }
        if (s.stocked_quantity !== null) item.inventory.location_levels.push({ stocked_quantity: s.stocked_quantity, reserved_quantity: s.reserved_quantity })
        items.set(s.inventory_item_id, item)
      }
      return {
        id: v.id,
        sku: v.sku,
        product_id: v.product_id,
        manage_inventory: v.manage_inventory,
        allow_backorder: v.allow_backorder,
        prices: (pricesOf.get(v.id) ?? []).map((p) => ({
          amount: p.amount,
          currency_code: p.currency_code,
          min_quantity: p.min_quantity,
          price_rules: p.has_rules ? [{}] : [],
        })),
        inventory_items: [...items.values()],
      }
    }),
    "product_id"
  )
  const categoriesOf = group(categories, "product_id")
  const channelsOf = group(channels, "product_id")
  const vendorOf = new Map(vendors.map((v) => [v.product_id, v]))

  return products.map((p: CatalogRow) => {
    const vendor = vendorOf.get(p.id)
    return {
      ...p,
      categories: (categoriesOf.get(p.id) ?? []).map(({ id, name, handle }) => ({ id, name, handle })),
      sales_channels: (channelsOf.get(p.id) ?? []).map(({ id }) => ({ id })),
      vendor: vendor ? { id: vendor.id, name: vendor.name, handle: vendor.handle, status: vendor.status, verified: vendor.verified } : null,
      variants: variantsOf.get(p.id) ?? [],
    }
  })
}

/** Product ids in key order after `after` (all, or those updated since `since`, soft-deleted ones included). */
export async function pageProductIds(
  pg: Knex,
  { after, limit, since }: { after?: string; limit: number; since?: Date | string }
): Promise<{ id: string; deleted: boolean }[]> {
  const where: string[] = []
  const params: unknown[] = []
  if (since !== undefined) {
    where.push("updated_at >= ?")
    params.push(since)
  } else where.push("deleted_at is null")
  if (after !== undefined) {
    where.push("id > ?")
    params.push(after)
  }
  params.push(limit)
  const { rows } = await pg.raw(
    `select id, deleted_at is not null as deleted from product where ${where.join(" and ")} order by id limit ?`,
    params as Knex.RawBinding[]
  )
  return rows
}
