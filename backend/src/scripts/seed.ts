import type { CreateProductWorkflowInputDTO, ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { createVendorProductsWorkflow, createVendorsWorkflow } from "@vitrina/marketplace/workflows"
import { CATEGORIES, DEMO_PASSWORDS, optionCombinations, VENDORS, type DemoCourse, type DemoProduct } from "./seed/catalog"
import { productImage, productVideo } from "./seed/media"

const SEED_MARK = "vitrina_demo_seeded_at"
const EU_COUNTRIES = ["de", "fr", "es", "it", "nl", "at", "be", "pl", "se", "dk", "fi", "ie", "pt", "cz"]
const US_COUNTRIES = ["us"]

/**
 * Demo data for a fresh Vitrina: regions (EUR, USD), shipping, vendors (sellers and teachers) with
 * their products and courses, locally generated images and videos, and demo accounts.
 * Idempotent: a second run finds the store marked as seeded and does nothing.
 */
export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (store?.metadata?.[SEED_MARK]) {
    logger.info(`Demo data already present (seeded ${String(store.metadata[SEED_MARK])}); nothing to do.`)
    return
  }
  const vendorModule = container.resolve("vendor") as { listVendors: (f: object) => Promise<unknown[]> }
  if ((await vendorModule.listVendors({ handle: VENDORS[0].handle })).length) {
    throw new Error("A previous seed stopped half-way. Reset the database (npm run reset) and start again.")
  }

  const started = Date.now()
  const { salesChannelId, regions } = await seedStoreAndRegions(container, store.id)
  const { stockLocationId, zones } = await seedFulfillment(container, salesChannelId)
  const categoryIds = await seedCategories(container)
  await seedVendorsAndCatalog(container, { salesChannelId, stockLocationId, zones, regions, categoryIds })
  await seedAccounts(container)

  await storeModule.updateStores(store.id, {
    metadata: { ...(store.metadata ?? {}), [SEED_MARK]: new Date().toISOString() },
  })
  logger.info(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}

async function seedStoreAndRegions(container: MedusaContainer, storeId: string) {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [salesChannel] = await salesChannelModule.listSalesChannels({ name: "Default Sales Channel" })
  const channel =
    salesChannel ?? (await salesChannelModule.createSalesChannels({ name: "Default Sales Channel" }))

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: {
        name: "Vitrina",
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
        default_sales_channel_id: channel.id,
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: EU_COUNTRIES, payment_providers: ["pp_system_default"], automatic_taxes: true },
        { name: "United States", currency_code: "usd", countries: US_COUNTRIES, payment_providers: ["pp_system_default"], automatic_taxes: true },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [...EU_COUNTRIES, ...US_COUNTRIES].map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })
  return { salesChannelId: channel.id, regions }
}

async function seedFulfillment(container: MedusaContainer, salesChannelId: string) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        { name: "Vitrina Fulfilment Centre", address: { address_1: "Speicherstadt 1", city: "Hamburg", country_code: "DE", postal_code: "20457" } },
      ],
    },
  })
  const stockLocationId = locations[0].id
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: "Vitrina Fulfilment Centre delivery",
    type: "shipping",
    service_zones: [
      { name: "Europe", geo_zones: EU_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) },
      { name: "United States", geo_zones: US_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocationId, add: [salesChannelId] },
  })
  const zones = Object.fromEntries(fulfillmentSet.service_zones.map((z) => [z.name, z.id]))
  return { stockLocationId, zones }
}

/**
 * Each seller ships its own goods: its own shipping profile (linked to the vendor) with Standard and
 * Express options per region. Medusa then asks for one shipping method per seller in a cart, and the
 * order split hands each seller its own shipping. Teachers get none: courses do not ship.
 */
async function seedSellerShipping(
  container: MedusaContainer,
  vendor: { id: string; name: string },
  ctx: { zones: Record<string, string>; regions: { id: string; currency_code: string }[] }
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: `${vendor.name} shipping`, type: "default" }] },
  })
  await link.create({ vendor: { vendor_id: vendor.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profile.id } })

  const rules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  const regionOf = (currency: string) => ctx.regions.find((r) => r.currency_code === currency)!.id
  const option = (zoneName: string, currency: string, code: string, label: string, description: string, amount: number) => ({
    name: `${label} (${zoneName}) · ${vendor.name}`,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: ctx.zones[zoneName],
    shipping_profile_id: profile.id,
    type: { label, description, code },
    prices: [
      { currency_code: currency, amount },
      { region_id: regionOf(currency), amount },
    ],
    rules,
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      option("Europe", "eur", "standard", "Standard", "Delivered in 2–4 business days.", 4.9),
      option("Europe", "eur", "express", "Express", "Delivered next business day.", 12.9),
      option("United States", "usd", "standard", "Standard", "Delivered in 5–8 business days.", 9.9),
      option("United States", "usd", "express", "Express", "Delivered in 2–3 business days.", 24.9),
    ],
  })
  return profile.id
}

async function seedCategories(container: MedusaContainer) {
  const ids: Record<string, string> = {}
  for (const pass of [false, true]) {
    const batch = CATEGORIES.filter((c) => ("parent" in c) === pass)
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: batch.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          parent_category_id: "parent" in c ? ids[c.parent] : null,
        })),
      },
    })
    result.forEach((c) => (ids[c.handle] = c.id))
  }
  return ids
}

async function upload(container: MedusaContainer, filename: string, mimeType: string, content: Buffer) {
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: [{ filename, mimeType, content: content.toString("base64"), access: "public" }] },
  })
  return result[0].url
}

type CatalogContext = {
  salesChannelId: string
  stockLocationId: string
  zones: Record<string, string>
  regions: { id: string; currency_code: string }[]
  categoryIds: Record<string, string>
}

async function seedVendorsAndCatalog(container: MedusaContainer, ctx: CatalogContext) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { result: vendors } = await createVendorsWorkflow(container).run({
    input: {
      vendors: VENDORS.map((v) => ({
        handle: v.handle,
        name: v.name,
        kind: v.kind,
        status: "active" as const,
        verified: v.verified,
        description: v.description,
        email: v.owner.email,
        country_code: v.country_code,
        currency_code: v.currency_code,
        members: [{ email: v.owner.email, name: v.owner.name, role: "owner" as const }],
      })),
    },
  })

  for (const demo of VENDORS) {
    const vendor = vendors.find((v) => v.handle === demo.handle)!
    const products: CreateProductWorkflowInputDTO[] = []
    const shippingProfileId = demo.kind === "seller" ? await seedSellerShipping(container, vendor, ctx) : null
    for (const p of demo.products ?? []) {
      if (!shippingProfileId) throw new Error(`${demo.name} sells physical products but is not a seller`)
      products.push(await physicalProductInput(container, p, ctx, shippingProfileId))
    }
    for (const c of demo.courses ?? []) {
      products.push(await courseProductInput(container, c, ctx))
    }
    await createVendorProductsWorkflow(container).run({ input: { vendor_id: vendor.id, products } })
    logger.info(`Seeded ${products.length} listings for ${demo.name}`)
  }

  // Stock for every managed variant at the fulfilment centre.
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"] })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item: { id: string }, i: number) => ({
        inventory_item_id: item.id,
        location_id: ctx.stockLocationId,
        stocked_quantity: 20 + ((i * 37) % 80),
      })),
    },
  })
}

async function physicalProductInput(
  container: MedusaContainer,
  p: DemoProduct,
  ctx: CatalogContext,
  shippingProfileId: string
): Promise<CreateProductWorkflowInputDTO> {
  const front = productImage({ hue: p.hue, shape: p.shape })
  const back = productImage({ hue: p.hue, shape: p.shape, variant: 1 })
  const images = [
    await upload(container, `${p.handle}-1.png`, "image/png", front),
    await upload(container, `${p.handle}-2.png`, "image/png", back),
  ]
  const video = productVideo(front)
  const videoUrl = video ? await upload(container, `${p.handle}.webm`, "video/webm", video) : null

  return {
    title: p.title,
    subtitle: p.subtitle,
    handle: p.handle,
    description: p.description,
    status: ProductStatus.PUBLISHED,
    weight: p.weight,
    shipping_profile_id: shippingProfileId,
    category_ids: [ctx.categoryIds[p.category]],
    thumbnail: images[0],
    images: images.map((url) => ({ url })),
    metadata: { kind: "physical", ...(videoUrl ? { video_url: videoUrl, video_width: 480, video_height: 480 } : {}) },
    options: p.options.map((o) => ({ title: o.title, values: o.values })),
    variants: optionCombinations(p.options).map((combo) => ({
      title: Object.values(combo).join(" / "),
      sku: `${p.handle}-${Object.values(combo).join("-")}`.toUpperCase().replace(/[^A-Z0-9]+/g, "-"),
      options: combo,
      manage_inventory: true,
      prices: [
        { currency_code: "eur", amount: p.eur },
        { currency_code: "usd", amount: p.usd },
      ],
    })),
    sales_channels: [{ id: ctx.salesChannelId }],
  }
}

async function courseProductInput(
  container: MedusaContainer,
  c: DemoCourse,
  ctx: CatalogContext
): Promise<CreateProductWorkflowInputDTO> {
  const cover = productImage({ hue: c.hue, shape: "square" })
  const coverUrl = await upload(container, `${c.handle}-cover.png`, "image/png", cover)
  return {
    title: c.title,
    subtitle: c.subtitle,
    handle: c.handle,
    description: c.description,
    status: ProductStatus.PUBLISHED,
    category_ids: [ctx.categoryIds[c.category]],
    thumbnail: coverUrl,
    images: [{ url: coverUrl }],
    metadata: {
      kind: "course",
      level: c.level,
      language: c.language,
      lessons_count: c.lessons_count,
      duration_minutes: c.duration_minutes,
    },
    options: [{ title: "Access", values: ["Lifetime access"] }],
    variants: [
      {
        title: "Lifetime access",
        sku: `COURSE-${c.handle}`.toUpperCase().replace(/[^A-Z0-9]+/g, "-"),
        options: { Access: "Lifetime access" },
        // A course is delivered online: no stock to manage, nothing to ship.
        manage_inventory: false,
        prices: [
          { currency_code: "eur", amount: c.eur },
          { currency_code: "usd", amount: c.usd },
        ],
      },
    ],
    sales_channels: [{ id: ctx.salesChannelId }],
  }
}

async function registerIdentity(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity
}

async function seedAccounts(container: MedusaContainer) {
  const auth = container.resolve(Modules.AUTH)

  const operator = await registerIdentity(container, DEMO_PASSWORDS.operator.email, DEMO_PASSWORDS.operator.password)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: operator.id, userData: { email: DEMO_PASSWORDS.operator.email, first_name: "Olga", last_name: "Operator" } },
  })

  const customer = await registerIdentity(container, DEMO_PASSWORDS.customer.email, DEMO_PASSWORDS.customer.password)
  await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: customer.id, customerData: { email: DEMO_PASSWORDS.customer.email, first_name: "Chris", last_name: "Customer" } },
  })

  // Vendor logins: the `vendor` actor's id is the member id (POST /auth/vendor/emailpass).
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (const demo of VENDORS.filter((v) => v.owner.password)) {
    const { data: members } = await query.graph({
      entity: "vendor_member",
      fields: ["id"],
      filters: { email: demo.owner.email },
    })
    const identity = await registerIdentity(container, demo.owner.email, demo.owner.password!)
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { vendor_id: members[0].id } })
  }
}
