import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import VendorShippingProfileLink from "../../../links/vendor-shipping-profile"

/** Default flat price of a new seller's Standard option, in every currency (the seller will edit it). */
export const DEFAULT_STANDARD_SHIPPING = 4.9

/** The seller's own shipping profile (linked to the vendor), created on first need. */
export const ensureSellerShippingProfileStep = createStep(
  "ensure-seller-shipping-profile",
  async ({ vendor_id }: { vendor_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: VendorShippingProfileLink.entryPoint,
      fields: ["shipping_profile_id"],
      filters: { vendor_id },
    })
    if (links[0]) {
      return new StepResponse<{ profile_id: string; created: boolean }, { vendor_id: string; profile_id: string } | null>(
        { profile_id: links[0].shipping_profile_id as string, created: false },
        null
      )
    }
    const { data: [vendor] } = await query.graph({ entity: "vendor", fields: ["name", "handle"], filters: { id: vendor_id } })
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const [profile] = await fulfillment.createShippingProfiles([{ name: `${vendor.name} shipping (${vendor.handle})`, type: "default" }])
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [VENDOR_MODULE]: { vendor_id },
      [Modules.FULFILLMENT]: { shipping_profile_id: profile.id },
    })
    return new StepResponse<{ profile_id: string; created: boolean }, { vendor_id: string; profile_id: string } | null>(
      { profile_id: profile.id, created: true },
      { vendor_id, profile_id: profile.id }
    )
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [VENDOR_MODULE]: { vendor_id: created.vendor_id },
      [Modules.FULFILLMENT]: { shipping_profile_id: created.profile_id },
    })
    await container.resolve(Modules.FULFILLMENT).deleteShippingProfiles([created.profile_id])
  }
)

/**
 * Shipping options a profile without any gets: a Standard option in every shipping service zone,
 * priced for each region whose countries the zone serves.
 */
export const planSellerShippingOptionsStep = createStep(
  "plan-seller-shipping-options",
  async ({ profile_id, vendor_name }: { profile_id: string; vendor_name: string }, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    if ((await fulfillment.listShippingOptions({ shipping_profile_id: profile_id }, { take: 1 })).length) {
      return new StepResponse([])
    }
    const sets = await fulfillment.listFulfillmentSets({ type: "shipping" }, { relations: ["service_zones", "service_zones.geo_zones"] })
    const regions = await container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"] })
    const options = sets.flatMap((set) =>
      (set.service_zones ?? []).flatMap((zone) => {
        const countries = new Set((zone.geo_zones ?? []).map((g) => g.country_code))
        const served = regions.filter((r) => (r.countries ?? []).some((c) => countries.has(c.iso_2)))
        if (!served.length) return []
        return [
          {
            name: `Standard (${zone.name}) · ${vendor_name}`,
            price_type: "flat" as const,
            provider_id: "manual_manual",
            service_zone_id: zone.id,
            shipping_profile_id: profile_id,
            type: { label: "Standard", description: "Shipped by the seller.", code: "standard" },
            prices: [
              ...[...new Set(served.map((r) => r.currency_code))].map((currency_code) => ({ currency_code, amount: DEFAULT_STANDARD_SHIPPING })),
              ...served.map((r) => ({ region_id: r.id, amount: DEFAULT_STANDARD_SHIPPING })),
            ],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
              { attribute: "is_return", value: "false", operator: "eq" as const },
            ],
          },
        ]
      })
    )
    return new StepResponse(options)
  }
)

/** The seller's shipping profile id, or a clear error if the seller has none (not approved yet). */
export async function sellerShippingProfileId(container: { resolve: (k: string) => unknown }, vendorId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as {
    graph: (q: object) => Promise<{ data: { shipping_profile_id: string }[] }>
  }
  const { data } = await query.graph({ entity: VendorShippingProfileLink.entryPoint, fields: ["shipping_profile_id"], filters: { vendor_id: vendorId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This seller has no shipping profile yet")
  }
  return data[0].shipping_profile_id
}
