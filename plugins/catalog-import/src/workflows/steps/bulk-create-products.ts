import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { BULK_TABLES, buildBulkRows, columnArrays, insertStatement, type BulkTable } from "../../lib/bulk-rows"
import type { BatchInput } from "../../lib/types"
import { planCatalogBatch, type BatchPlan } from "./plan-batch"

type Saved = { product_ids: string[]; variant_ids: string[]; price_set_ids: string[]; inventory_item_ids: string[]; option_ids: string[] }

/** What the rest of the batch workflow needs: the new products written here, and the plan for the others. */
export type PlannedBatch = Omit<BatchPlan, "bulk"> & { bulk: { product_ids: string[]; variants: number } }

/**
 * Plans the batch (existing handles and SKUs read now, see planCatalogBatch) and creates its new
 * products — with options, variants, images, categories, price sets and prices, inventory items
 * and levels, and their links to pricing, inventory, sales channel, shipping profile and vendor —
 * as multi-row INSERTs through the app's PostgreSQL connection, in ONE transaction: the batch's
 * new products are all written or none is. Planning and writing are one step so that the batch's
 * products pass through the workflow engine once (it deep-copies every step's input and output:
 * measured, that copying cost more than the INSERTs).
 *
 * Why not the modules' services: their unit of work costs ≈ 3 ms of CPU per SKU (≈ 330 SKUs/s on
 * the 2-core machine, see docs/design/catalog-import.md); these statements write the same rows
 * for a fraction of that. The rows are exactly those the services write (lib/bulk-rows.ts), which
 * the HTTP test catalog-import-bulk.spec.ts proves by comparing both writers' rows table by table
 * and reading both kinds back through the store, admin and vendor APIs.
 *
 * Compensation (a later step of the batch failed) deletes every row it wrote.
 */
export const planAndBulkCreateStep = createStep(
  "plan-and-bulk-create-catalog-import-products",
  async (input: BatchInput, { container }) => {
    const plan = await planCatalogBatch(container, input)
    const { bulk, ...rest } = plan
    if (!bulk.length) return new StepResponse<PlannedBatch, Saved | null>({ ...rest, bulk: { product_ids: [], variants: 0 } }, null)
    const built = buildBulkRows(bulk, input.target)
    const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.transaction(async (trx) => {
      // No wait for the WAL flush at this commit: the import's checkpoint is committed after it, so a
      // crash that loses this batch loses its checkpoint too, and the batch is written again on resume.
      await trx.raw("set local synchronous_commit = off")
      for (const table of Object.keys(BULK_TABLES) as BulkTable[]) {
        const rows = built.rows[table]
        if (rows.length) await trx.raw(insertStatement(table), columnArrays(table, rows) as Knex.RawBinding[])
      }
    })
    const saved: Saved = {
      product_ids: built.product_ids,
      variant_ids: built.variant_ids,
      price_set_ids: built.price_set_ids,
      inventory_item_ids: built.inventory_item_ids,
      option_ids: built.option_ids,
    }
    return new StepResponse<PlannedBatch, Saved | null>({ ...rest, bulk: { product_ids: built.product_ids, variants: built.variants } }, saved)
  },
  async (saved, { container }) => {
    if (!saved?.product_ids.length) return
    await deleteBulkRows(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), saved)
  }
)

/** Deletes what the bulk writer wrote (children first), in one transaction. */
export async function deleteBulkRows(pg: Knex, s: Saved) {
  await pg.transaction(async (trx) => {
    const del = (table: string, column: string, ids: string[]) =>
      ids.length ? trx.raw(`delete from "${table}" where "${column}" = any(?::text[])`, [ids]) : Promise.resolve()
    await del("vendor_vendor_product_product", "product_id", s.product_ids)
    await del("product_shipping_profile", "product_id", s.product_ids)
    await del("product_sales_channel", "product_id", s.product_ids)
    await del("inventory_level", "inventory_item_id", s.inventory_item_ids)
    await del("product_variant_inventory_item", "variant_id", s.variant_ids)
    await del("inventory_item", "id", s.inventory_item_ids)
    await del("product_variant_price_set", "variant_id", s.variant_ids)
    await del("price", "price_set_id", s.price_set_ids)
    await del("price_set", "id", s.price_set_ids)
    await del("product_category_product", "product_id", s.product_ids)
    await del("image", "product_id", s.product_ids)
    await del("product_variant_option", "variant_id", s.variant_ids)
    await del("product_variant", "id", s.variant_ids)
    await trx.raw(
      `delete from "product_product_option_value" where "product_product_option_id" in (select id from "product_product_option" where "product_id" = any(?::text[]))`,
      [s.product_ids]
    )
    await del("product_product_option", "product_id", s.product_ids)
    await del("product_option_value", "option_id", s.option_ids)
    await del("product_option", "id", s.option_ids)
    await del("product", "id", s.product_ids)
  })
}
