import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { createVendorProductsWorkflow, createVendorsWorkflow } from "@vitrina/marketplace/workflows"
import { storeHeaders } from "./fixtures"

/* eslint-disable @typescript-eslint/no-explicit-any -- API response bodies are read loosely in tests */
type Api = {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }>
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export type ShopVendorSpec = {
  handle: string
  kind: "seller" | "teacher"
  /** product handle → unit price (EUR) and stock (omit stock for an unmanaged variant, e.g. a course) */
  products: { handle: string; price: number; stock?: number; category_ids?: string[] }[]
  /** flat shipping price of its Standard option (sellers only) */
  shipping?: number
}

/**
 * A shop like the demo: a EUR region (Germany, 19 % VAT, system payment provider), one stock location,
 * and per seller its own shipping profile (linked to the vendor), a Standard option and products on
 * that profile with stock. Teachers' products need no shipping.
 */
export async function createShop(container: MedusaContainer, specs: ShopVendorSpec[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const { salesChannelId } = await storeHeaders(container)
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"], automatic_taxes: true },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "de", provider_id: "tp_system", default_tax_rate: { rate: 19, code: "vat", name: "VAT" } }],
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Warehouse", address: { address_1: "Street 1", city: "Hamburg", country_code: "DE" } }] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Warehouse delivery",
    type: "shipping",
    service_zones: [{ name: "Germany", geo_zones: [{ country_code: "de", type: "country" as const }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })

  const { result: vendors } = await createVendorsWorkflow(container).run({
    input: {
      vendors: specs.map((s) => ({
        handle: s.handle,
        name: s.handle.toUpperCase(),
        kind: s.kind,
        status: "active" as const,
        members: [{ email: `owner@${s.handle}.test`, role: "owner" as const }],
      })),
    },
  })

  const variants: Record<string, string> = {}
  const profiles: Record<string, string> = {}
  const inventoryItems: Record<string, string> = {}
  for (const [i, spec] of specs.entries()) {
    const vendor = vendors[i]
    let profileId: string | undefined
    if (spec.kind === "seller") {
      const { result: [profile] } = await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: `${spec.handle} shipping`, type: "default" }] },
      })
      profileId = profile.id
      profiles[spec.handle] = profile.id
      await link.create({ vendor: { vendor_id: vendor.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profile.id } })
      await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name: `${spec.handle} Standard`,
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: fulfillmentSet.service_zones[0].id,
            shipping_profile_id: profile.id,
            type: { label: "Standard", description: "2–4 days", code: "standard" },
            prices: [{ currency_code: "eur", amount: spec.shipping ?? 4.9 }, { region_id: region.id, amount: spec.shipping ?? 4.9 }],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
    }
    const { result: products } = await createVendorProductsWorkflow(container).run({
      input: {
        vendor_id: vendor.id,
        products: spec.products.map((p) => ({
          title: p.handle,
          handle: p.handle,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profileId,
          category_ids: p.category_ids,
          options: [{ title: "Size", values: ["One"] }],
          variants: [
            {
              title: "One",
              sku: p.handle.toUpperCase(),
              options: { Size: "One" },
              manage_inventory: p.stock !== undefined,
              prices: [{ currency_code: "eur", amount: p.price }],
            },
          ],
          sales_channels: [{ id: salesChannelId }],
        })),
      },
    })
    for (const product of products as { handle: string; variants: { id: string; sku: string }[] }[]) {
      variants[product.handle] = product.variants[0].id
    }
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"] })
  const stockOf = new Map(specs.flatMap((s) => s.products).map((p) => [p.handle.toUpperCase(), p.stock]))
  const levels = (items as { id: string; sku?: string | null }[])
    .filter((item) => item.sku && stockOf.get(item.sku) !== undefined)
    .map((item) => {
      inventoryItems[item.sku!.toLowerCase()] = item.id
      return { inventory_item_id: item.id, location_id: location.id, stocked_quantity: stockOf.get(item.sku!)! }
    })
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
  return { region, vendors, variants, profiles, inventoryItems, locationId: location.id }
}

/**
 * A cart through the store API, as a storefront does it: line items, address, one shipping method per
 * shipping-profile group, a payment collection with a system-provider session. Returns the cart id.
 */
export async function prepareCart(
  api: Api,
  store: { headers: Record<string, string> },
  regionId: string,
  lines: { variant_id: string; quantity: number }[]
) {
  const { data: { cart } } = await api.post("/store/carts", { region_id: regionId, email: "buyer@test.local" }, store)
  for (const line of lines) {
    await api.post(`/store/carts/${cart.id}/line-items`, line, store)
  }
  await api.post(
    `/store/carts/${cart.id}`,
    {
      shipping_address: { first_name: "Ada", last_name: "Buyer", address_1: "Weg 2", city: "Berlin", postal_code: "10115", country_code: "de" },
    },
    store
  )
  const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, store)
  // Medusa lists the options of every profile at the address; keep the cart's sellers' profiles.
  const { data: { shipping_groups } } = await api.get(`/store/carts/${cart.id}/shipping-groups`, store)
  const needed = new Set((shipping_groups as { shipping_profile_id: string }[]).map((g) => g.shipping_profile_id))
  const perProfile = new Map<string, string>()
  for (const option of shipping_options as { id: string; shipping_profile_id: string }[]) {
    if (needed.has(option.shipping_profile_id) && !perProfile.has(option.shipping_profile_id)) {
      perProfile.set(option.shipping_profile_id, option.id)
    }
  }
  for (const option_id of perProfile.values()) {
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id }, store)
  }
  const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, store)
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  return cart.id as string
}
