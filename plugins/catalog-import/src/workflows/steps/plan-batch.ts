import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import VendorProductLink from "@vitrina/marketplace/links/vendor-product"
import type { BatchInput, PlanProduct, PlanVariant } from "../../lib/types"

export type ExistingVariant = { plan: PlanVariant; variant_id: string | null; price_set_id: string | null; inventory_item_id: string | null }
export type ProductUpdatePlan = {
  product_id: string
  plan: PlanProduct
  /** Existing options (id, title, values): new values are added, none removed. */
  options: { id: string; title: string; values: string[] }[]
  variants: ExistingVariant[]
}
/**
 * creates: new products for the service writer; bulk: new products for the bulk writer (written
 * by the step that plans, so that the products travel through the workflow once).
 */
export type BatchPlan = { creates: PlanProduct[]; bulk: PlanProduct[]; courses: PlanProduct[]; updates: ProductUpdatePlan[] }

const CHUNK = 5000
export async function chunked<T, R>(items: T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await fn(items.slice(i, i + CHUNK))))
  return out
}

/**
 * Splits a batch into products to create and products to update, read from the database at the
 * time the batch runs (so a batch that is run again after a crash updates what it created).
 * A handle or SKU of another vendor fails the batch (validation refused it already; this is the
 * guard for a catalogue that changed since).
 */
export async function planCatalogBatch(container: MedusaContainer, input: BatchInput): Promise<BatchPlan> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = input.products.map((p) => p.handle)
  const skus = input.products.flatMap((p) => p.variants.map((v) => v.sku))
  const plan: BatchPlan = { creates: [], bulk: [], courses: [], updates: [] }
  const fresh = input.writer === "service" ? plan.creates : plan.bulk

  // A first import's batches are all new: one indexed query says so, instead of the module and
  // graph reads below (≈ 1 s per 1,000 SKUs, as much as writing them).
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: known } = await pg.raw(
    `select 1 from product where handle = any(?::text[]) and deleted_at is null
     union all select 1 from product_variant where sku = any(?::text[]) and deleted_at is null limit 1`,
    [handles, skus]
  )
  if (!known.length) {
    for (const p of input.products) (p.kind === "course" ? plan.courses : fresh).push(p)
    return plan
  }

  const existing = await chunked(handles, (h) =>
    productModule.listProducts({ handle: h }, { select: ["id", "handle"], relations: ["options", "options.values"], take: null })
  )
  const variants = await chunked(skus, async (s) => {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "product_id", "price_set.id", "inventory_items.inventory_item_id"],
      filters: { sku: s },
    })
    return data as { id: string; sku: string; product_id: string; price_set?: { id: string } | null; inventory_items?: { inventory_item_id: string }[] }[]
  })
  const productIds = [...new Set([...existing.map((p) => p.id), ...variants.map((v) => v.product_id)])]
  const owned = new Set(
    (
      await chunked(productIds, async (ids) => {
        const { data } = await query.graph({
          entity: VendorProductLink.entryPoint,
          fields: ["product_id"],
          filters: { vendor_id: input.target.vendor_id, product_id: ids },
        })
        return data as { product_id: string }[]
      })
    ).map((l) => l.product_id)
  )
  const foreign = productIds.find((id) => !owned.has(id))
  if (foreign) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Product ${foreign} belongs to another vendor`)
  }
  const byHandle = new Map(existing.map((p) => [p.handle, p]))
  const bySku = new Map(variants.map((v) => [v.sku, v]))
  for (const p of input.products) {
    const product = byHandle.get(p.handle)
    if (!product) {
      const taken = p.variants.find((v) => bySku.has(v.sku))
      if (taken) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `SKU ${taken.sku} already belongs to another product`)
      }
      ;(p.kind === "course" ? plan.courses : fresh).push(p)
      continue
    }
    const vs: ExistingVariant[] = p.variants.map((v) => {
      const found = bySku.get(v.sku)
      if (found && found.product_id !== product.id) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `SKU ${v.sku} already belongs to another product`)
      }
      return {
        plan: v,
        variant_id: found?.id ?? null,
        price_set_id: found?.price_set?.id ?? null,
        inventory_item_id: found?.inventory_items?.[0]?.inventory_item_id ?? null,
      }
    })
    plan.updates.push({
      product_id: product.id,
      plan: p,
      options: (product.options ?? []).map((o) => ({ id: o.id, title: o.title, values: (o.values ?? []).map((v) => v.value) })),
      variants: vs,
    })
  }
  return plan
}
