import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { createVendorProductsWorkflow, createVendorsWorkflow } from "@vitrina/marketplace/workflows"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: { token: string } }> }

/** Registers an operator (admin user) and returns request headers carrying its bearer token. */
export async function adminHeaders(container: MedusaContainer, api: Api, email = "operator@test.local") {
  const password = "operator-pass"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
  if (!authIdentity) {
    throw new Error(`could not register ${email}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email } },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** The publishable key Medusa creates at start-up, as store request headers. */
export async function storeHeaders(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["token", "sales_channels.id"],
    filters: { type: "publishable" },
  })
  const salesChannelId = data[0]?.sales_channels?.[0]?.id
  if (!salesChannelId) {
    throw new Error("Medusa's default publishable key or sales channel is missing")
  }
  return { headers: { "x-publishable-api-key": data[0].token }, salesChannelId }
}

type VendorSpec = { handle: string; kind: "seller" | "teacher"; status?: "pending" | "active" | "suspended" | "rejected"; verified?: boolean; products?: string[] }

/**
 * A small marketplace: vendors (each with published products in the default sales channel and
 * EUR prices) and a EUR region.
 */
export async function createMarketplace(container: MedusaContainer, specs: VendorSpec[]) {
  const { salesChannelId } = await storeHeaders(container)
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de", "fr"] }] },
  })
  const { result: vendors } = await createVendorsWorkflow(container).run({
    input: {
      vendors: specs.map((s) => ({
        handle: s.handle,
        name: s.handle.replace(/-/g, " ").toUpperCase(),
        kind: s.kind,
        status: s.status ?? "active",
        verified: s.verified ?? false,
        email: `owner@${s.handle}.test`,
        members: [{ email: `owner@${s.handle}.test`, role: "owner" as const }],
      })),
    },
  })
  const products: Record<string, { id: string; handle: string }[]> = {}
  for (const [i, spec] of specs.entries()) {
    const { result } = await createVendorProductsWorkflow(container).run({
      input: {
        vendor_id: vendors[i].id,
        products: (spec.products ?? []).map((handle, j) => ({
          title: handle,
          handle,
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Size", values: ["One"] }],
          variants: [
            {
              title: "One",
              sku: `${handle}-one`.toUpperCase(),
              options: { Size: "One" },
              manage_inventory: false,
              prices: [{ currency_code: "eur", amount: 10 + j }],
            },
          ],
          sales_channels: [{ id: salesChannelId }],
        })),
      },
    })
    products[spec.handle] = result.map((p: { id: string; handle: string }) => ({ id: p.id, handle: p.handle }))
  }
  return { region, vendors, products }
}

type HttpApi = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/**
 * Signs a vendor up through the real API (identity → POST /vendor/register → login) and returns
 * the member's token. With `approveWith` (admin headers) the operator activates the vendor.
 */
export async function signUpVendor(
  api: HttpApi,
  opts: { email: string; handle: string; kind?: "seller" | "teacher"; password?: string; approveWith?: { headers: Record<string, string> } }
) {
  const password = opts.password ?? "vendor-pass-1"
  const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: opts.email, password })
  const { data } = await api.post(
    "/vendor/register",
    { name: opts.handle.replace(/-/g, " "), handle: opts.handle, kind: opts.kind ?? "seller" },
    bearer(reg.token)
  )
  const vendorId: string = data.vendor.id
  if (opts.approveWith) {
    await api.post(`/admin/vendors/${vendorId}/status`, { status: "active" }, opts.approveWith)
  }
  const { data: login } = await api.post("/auth/vendor/emailpass", { email: opts.email, password })
  return { token: login.token as string, vendorId, memberId: data.vendor.members[0].id as string }
}

/** A minimal valid body for POST /vendor/products. */
export const productBody = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  options: [{ title: "Size", values: ["M", "L"] }],
  variants: [
    { title: "M", options: { Size: "M" }, prices: [{ currency_code: "eur", amount: 19.9 }, { currency_code: "usd", amount: 21 }] },
    { title: "L", options: { Size: "L" }, prices: [{ currency_code: "eur", amount: 21.5 }] },
  ],
  ...extra,
})

/**
 * What a store needs before sellers can ship: a EUR region (Germany, VAT), a warehouse serving the
 * default sales channel and a shipping service zone for Germany (sellers' options are added on approval).
 */
export async function createStoreInfrastructure(container: MedusaContainer) {
  const { createStockLocationsWorkflow, createTaxRegionsWorkflow, linkSalesChannelsToStockLocationWorkflow } = await import(
    "@medusajs/medusa/core-flows"
  )
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { salesChannelId } = await storeHeaders(container)
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"], automatic_taxes: true }] },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "de", provider_id: "tp_system", default_tax_rate: { rate: 19, code: "vat", name: "VAT" } }],
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Warehouse", address: { address_1: "Street 1", city: "Hamburg", country_code: "DE" } }] },
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  const set = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: "Warehouse delivery",
    type: "shipping",
    service_zones: [{ name: "Germany", geo_zones: [{ country_code: "de", type: "country" as const }] }],
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  return { region, locationId: location.id }
}

/** An API answer read in a test (bodies are read loosely). */
export type ApiResponse = { status: number; data: { message: string } & Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any

/** The error response of a request expected to fail (resolves to the response either way). */
export const refused = (p: Promise<unknown>) => p.catch((e: { response: ApiResponse }) => e.response) as Promise<ApiResponse>

/** Like `refused`, but a request that succeeds fails the test. */
export const refusal = <T>(p: Promise<T>) =>
  p.then(
    () => {
      throw new Error("expected a refusal")
    },
    (e) => e.response
  )
