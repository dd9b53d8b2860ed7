import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sellerShippingProfileId } from "@vitrina/marketplace/workflows/vendor/steps/seller-shipping"
import type { ImportTarget } from "./types"

/**
 * Where a vendor's imported products go, as for products created in the vendor API: the store's
 * default sales channel, the seller's own shipping profile (courses: none) and the stock location
 * serving that sales channel.
 */
export async function resolveTarget(container: MedusaContainer, vendorId: string): Promise<ImportTarget> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [vendor] } = await query.graph({ entity: "vendor", fields: ["id", "kind"], filters: { id: vendorId } })
  if (!vendor) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${vendorId} was not found`)
  const kind = vendor.kind as ImportTarget["vendor_kind"]
  const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const salesChannelId = (store?.default_sales_channel_id as string | null) ?? null
  let locationId: string | null = null
  if (salesChannelId) {
    const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
    locationId = (channels[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id ?? null
  }
  return {
    vendor_id: vendorId,
    vendor_kind: kind,
    sales_channel_id: salesChannelId,
    shipping_profile_id: kind === "seller" ? await sellerShippingProfileId(container, vendorId) : null,
    location_id: locationId,
  }
}
