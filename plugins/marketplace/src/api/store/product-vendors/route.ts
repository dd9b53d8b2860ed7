import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import VendorProductLink from "../../../links/vendor-product"
import { PUBLIC_VENDOR_FIELDS } from "../../../lib/vendor-fields"
import type { StoreListProductVendorsType } from "./validators"

/**
 * GET /store/product-vendors?product_id=prod_1&product_id=prod_2 — the public vendor of each
 * product (up to 100), for product grids. Products of inactive vendors are left out.
 */
export const GET = async (req: MedusaRequest<unknown, StoreListProductVendorsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { product_id } = req.validatedQuery as StoreListProductVendorsType
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id", "vendor_id"],
    filters: { product_id },
  })
  const vendorIds = [...new Set(links.map((l: { vendor_id: string }) => l.vendor_id))]
  const { data: vendors } = vendorIds.length
    ? await query.graph({
        entity: "vendor",
        fields: [...PUBLIC_VENDOR_FIELDS],
        filters: { id: vendorIds, status: "active" },
      })
    : { data: [] }
  const byId = new Map(vendors.map((v: { id: string }) => [v.id, v]))
  res.json({
    product_vendors: links
      .filter((l: { vendor_id: string }) => byId.has(l.vendor_id))
      .map((l: { product_id: string; vendor_id: string }) => ({ product_id: l.product_id, vendor: byId.get(l.vendor_id) })),
  })
}
