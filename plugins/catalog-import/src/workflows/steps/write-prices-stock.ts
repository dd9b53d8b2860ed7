import type { IInventoryService, IPricingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { WrittenVariant } from "./write-products"

type Link = Record<string, Record<string, string> | Record<string, unknown>>

/**
 * Prices of every written variant: new price sets (one bulk call) for variants without one, their
 * variant ↔ price set links, and the prices of existing sets replaced (one bulk upsert).
 * Compensation deletes the new sets and puts the previous prices back.
 */
export const setImportPricesStep = createStep(
  "set-catalog-import-prices",
  async (variants: WrittenVariant[], { container }) => {
    const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
    const fresh = variants.filter((v) => !v.price_set_id)
    const existing = variants.filter((v) => v.price_set_id)
    const created = fresh.length ? await pricing.createPriceSets(fresh.map((v) => ({ prices: v.prices }))) : []
    const links: Link[] = fresh.map((v, i) => ({
      [Modules.PRODUCT]: { variant_id: v.variant_id },
      [Modules.PRICING]: { price_set_id: created[i].id },
    }))
    let previous: { id: string; prices: { currency_code: string; amount: number }[] }[] = []
    if (existing.length) {
      const sets = await pricing.listPriceSets({ id: existing.map((v) => v.price_set_id!) }, { relations: ["prices"], take: null })
      previous = sets.map((s) => ({
        id: s.id,
        prices: (s.prices ?? []).map((p) => ({ currency_code: p.currency_code!, amount: Number(p.amount) })),
      }))
      await pricing.upsertPriceSets(existing.map((v) => ({ id: v.price_set_id!, prices: v.prices })))
    }
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links as never)
    return new StepResponse(undefined, { created: created.map((s) => s.id), links, previous })
  },
  async (saved, { container }) => {
    if (!saved) return
    const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
    if (saved.links.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(saved.links as never)
    if (saved.created.length) await pricing.deletePriceSets(saved.created)
    if (saved.previous.length) await pricing.upsertPriceSets(saved.previous)
  }
)

/**
 * Stock at the vendor's stock location for variants with a quantity: inventory items (bulk) and
 * their variant links for variants without one, then levels created or updated in bulk.
 * Compensation deletes the new items and restores the previous quantities.
 */
export const setImportStockStep = createStep(
  "set-catalog-import-stock",
  async (input: { variants: WrittenVariant[]; location_id: string | null }, { container }) => {
    const stocked = input.variants.filter((v) => v.inventory_quantity !== null)
    if (!stocked.length || !input.location_id) return new StepResponse(undefined, null)
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const locationId = input.location_id
    const fresh = stocked.filter((v) => !v.inventory_item_id)
    const items = fresh.length ? await inventory.createInventoryItems(fresh.map((v) => ({ sku: v.sku, title: v.title }))) : []
    const links: Link[] = fresh.map((v, i) => ({
      [Modules.PRODUCT]: { variant_id: v.variant_id },
      [Modules.INVENTORY]: { inventory_item_id: items[i].id },
      data: { required_quantity: 1 },
    }))
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links as never)
    const itemOf = new Map<string, string>(fresh.map((v, i) => [v.variant_id, items[i].id]))
    for (const v of stocked) if (v.inventory_item_id) itemOf.set(v.variant_id, v.inventory_item_id)

    const known = stocked.filter((v) => v.inventory_item_id).map((v) => v.inventory_item_id!)
    const levels = known.length
      ? await inventory.listInventoryLevels({ inventory_item_id: known, location_id: locationId }, { take: null })
      : []
    const levelOf = new Map(levels.map((l) => [l.inventory_item_id, l]))
    const toCreate: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    const toUpdate: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    for (const v of stocked) {
      const itemId = itemOf.get(v.variant_id)!
      const row = { inventory_item_id: itemId, location_id: locationId, stocked_quantity: v.inventory_quantity! }
      ;(levelOf.has(itemId) ? toUpdate : toCreate).push(row)
    }
    if (toCreate.length) await inventory.createInventoryLevels(toCreate)
    if (toUpdate.length) await inventory.updateInventoryLevels(toUpdate)
    const previous = toUpdate.map((u) => ({ ...u, stocked_quantity: Number(levelOf.get(u.inventory_item_id)!.stocked_quantity) }))
    const createdLevels = toCreate.filter((c) => !items.some((i) => i.id === c.inventory_item_id))
    return new StepResponse(undefined, { items: items.map((i) => i.id), links, previous, createdLevels, location_id: locationId })
  },
  async (saved, { container }) => {
    if (!saved) return
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    if (saved.links.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(saved.links as never)
    if (saved.items.length) await inventory.deleteInventoryItems(saved.items)
    if (saved.createdLevels.length) {
      const levels = await inventory.listInventoryLevels(
        { inventory_item_id: saved.createdLevels.map((l) => l.inventory_item_id), location_id: saved.location_id },
        { select: ["id"], take: null }
      )
      if (levels.length) await inventory.deleteInventoryLevels(levels.map((l) => l.id))
    }
    if (saved.previous.length) await inventory.updateInventoryLevels(saved.previous)
  }
)
