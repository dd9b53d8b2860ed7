import type { CreateProductDTO, IProductModuleService, UpsertProductDTO } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ImportTarget, PlanProduct } from "../../lib/types"
import type { ProductUpdatePlan } from "./plan-batch"

/** A written variant, as the following steps need it (prices, stock). */
export type WrittenVariant = {
  product_id: string
  variant_id: string
  sku: string
  title: string
  price_set_id: string | null
  inventory_item_id: string | null
  prices: { currency_code: string; amount: number }[]
  inventory_quantity: number | null
}

const productFields = (p: PlanProduct, _target: ImportTarget) => ({
  title: p.title,
  description: p.description,
  status: p.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
  thumbnail: p.image_urls[0] ?? null,
  images: p.image_urls.map((url) => ({ url })),
  category_ids: p.category_ids,
  metadata: p.kind === "course" ? { kind: "course", ...p.course } : { kind: "physical", imported: true },
  discountable: true,
})

const manageInventory = (v: { inventory_quantity: number | null }, p: PlanProduct) => p.kind !== "course" && v.inventory_quantity !== null

/**
 * Creates the batch's new products with their options and variants in ONE product-module call
 * (no per-product workflow). Compensation deletes them.
 */
export const createImportProductsStep = createStep(
  "create-catalog-import-products",
  async (input: { products: PlanProduct[]; target: ImportTarget }, { container }) => {
    if (!input.products.length) return new StepResponse({ variants: [] as WrittenVariant[], product_ids: [] as string[] }, [] as string[])
    const productModule = container.resolve<IProductModuleService>(Modules.PRODUCT)
    const data: CreateProductDTO[] = input.products.map((p) => ({
      handle: p.handle,
      ...productFields(p, input.target),
      options: p.options,
      variants: p.variants.map((v) => ({
        title: v.title,
        sku: v.sku,
        options: v.options,
        manage_inventory: manageInventory(v, p),
      })),
    }))
    const created = await productModule.createProducts(data)
    const planByHandle = new Map(input.products.map((p) => [p.handle, p]))
    const variants: WrittenVariant[] = []
    for (const product of created) {
      const plan = planByHandle.get(product.handle)!
      const bySku = new Map(plan.variants.map((v) => [v.sku, v]))
      for (const v of product.variants ?? []) {
        const pv = bySku.get(v.sku!)!
        variants.push({
          product_id: product.id,
          variant_id: v.id,
          sku: pv.sku,
          title: `${plan.title} · ${pv.title}`,
          price_set_id: null,
          inventory_item_id: null,
          prices: pv.prices,
          inventory_quantity: manageInventory(pv, plan) ? pv.inventory_quantity : null,
        })
      }
    }
    const ids = created.map((p) => p.id)
    return new StepResponse({ variants, product_ids: ids }, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<IProductModuleService>(Modules.PRODUCT).deleteProducts(ids)
  }
)

type ProductSnapshot = {
  id: string
  title: string
  description: string | null
  status: ProductStatus
  thumbnail: string | null
  images: { url: string }[]
  category_ids: string[]
  metadata: Record<string, unknown> | null
  options: { id: string; title: string; values: string[] }[]
}

/**
 * Updates the batch's existing products (fields, images, categories, added option values),
 * updates their existing variants and adds new ones — none is removed. Compensation restores the
 * previous product fields and variant titles and deletes the variants it added.
 */
export const updateImportProductsStep = createStep(
  "update-catalog-import-products",
  async (input: { updates: ProductUpdatePlan[]; target: ImportTarget }, { container }) => {
    const empty = { variants: [] as WrittenVariant[], product_ids: [] as string[] }
    if (!input.updates.length) return new StepResponse(empty, null)
    const productModule = container.resolve<IProductModuleService>(Modules.PRODUCT)
    const ids = input.updates.map((u) => u.product_id)
    const before = await productModule.listProducts(
      { id: ids },
      { relations: ["images", "categories", "variants", "options", "options.values"], take: null }
    )
    const snapshots: ProductSnapshot[] = before.map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description ?? null,
      status: p.status as ProductStatus,
      thumbnail: p.thumbnail ?? null,
      images: (p.images ?? []).map((i) => ({ url: i.url })),
      category_ids: (p.categories ?? []).map((c) => c.id),
      metadata: (p.metadata as Record<string, unknown> | null) ?? null,
      options: (p.options ?? []).map((o) => ({ id: o.id, title: o.title, values: (o.values ?? []).map((v) => v.value) })),
    }))
    const variantsBefore = before.flatMap((p) => (p.variants ?? []).map((v) => ({ id: v.id, title: v.title, manage_inventory: v.manage_inventory })))

    const upserts: UpsertProductDTO[] = input.updates.map((u) => {
      const options = mergeOptions(u.options, u.plan.options)
      const { status, ...fields } = productFields(u.plan, input.target)
      return {
        id: u.product_id,
        ...fields,
        // A course is published and unpublished only as a course (courses plugin): never by a re-import.
        ...(u.plan.kind === "course" ? {} : { status }),
        ...(options ? { options } : {}),
      } as UpsertProductDTO
    })
    await productModule.upsertProducts(upserts)

    const existing = input.updates.flatMap((u) =>
      u.variants.filter((v) => v.variant_id).map((v) => ({ id: v.variant_id!, title: v.plan.title, options: v.plan.options, manage_inventory: manageInventory(v.plan, u.plan) }))
    )
    if (existing.length) await productModule.upsertProductVariants(existing)
    const fresh = input.updates.flatMap((u) =>
      u.variants
        .filter((v) => !v.variant_id)
        .map((v) => ({ product_id: u.product_id, title: v.plan.title, sku: v.plan.sku, options: v.plan.options, manage_inventory: manageInventory(v.plan, u.plan) }))
    )
    const added = fresh.length ? await productModule.createProductVariants(fresh) : []
    const addedBySku = new Map(added.map((v) => [v.sku, v.id]))

    const variants: WrittenVariant[] = input.updates.flatMap((u) =>
      u.variants.map((v) => ({
        product_id: u.product_id,
        variant_id: v.variant_id ?? addedBySku.get(v.plan.sku)!,
        sku: v.plan.sku,
        title: `${u.plan.title} · ${v.plan.title}`,
        price_set_id: v.price_set_id,
        inventory_item_id: v.inventory_item_id,
        prices: v.plan.prices,
        inventory_quantity: manageInventory(v.plan, u.plan) ? v.plan.inventory_quantity : null,
      }))
    )
    return new StepResponse({ variants, product_ids: ids }, { snapshots, variantsBefore, added: added.map((v) => v.id) })
  },
  async (saved, { container }) => {
    if (!saved) return
    const productModule = container.resolve<IProductModuleService>(Modules.PRODUCT)
    if (saved.added.length) await productModule.deleteProductVariants(saved.added)
    if (saved.variantsBefore.length) {
      await productModule.upsertProductVariants(saved.variantsBefore.map((v) => ({ id: v.id, title: v.title, manage_inventory: v.manage_inventory })))
    }
    await productModule.upsertProducts(saved.snapshots.map(({ options: _options, ...p }) => p) as UpsertProductDTO[])
  }
)

/** Existing options with the file's values added (null when nothing changes). */
function mergeOptions(existing: ProductUpdatePlan["options"], wanted: PlanProduct["options"]) {
  let changed = false
  const merged = existing.map((o) => ({ id: o.id, title: o.title, values: [...o.values] }))
  for (const w of wanted) {
    const o = merged.find((m) => m.title === w.title)
    if (!o) {
      merged.push({ title: w.title, values: [...w.values] } as (typeof merged)[number])
      changed = true
      continue
    }
    for (const value of w.values) {
      if (!o.values.includes(value)) {
        o.values.push(value)
        changed = true
      }
    }
  }
  return changed ? merged : null
}
