import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import VendorProductLink from "../links/vendor-product"
import { retrieveActiveVendorByHandle } from "./store-vendor"

type PublicVendor = Awaited<ReturnType<typeof retrieveActiveVendorByHandle>>
const VENDOR = Symbol("vitrina.vendor")
type WithVendor = MedusaRequest & { [VENDOR]?: PublicVendor }

/**
 * Narrows an already validated product list query (req.filterableFields) to the products of the
 * active vendor named by the :handle path parameter. Unknown or inactive vendors answer 404.
 * Vendor fields are never taken from ?fields: the route attaches the public profile itself.
 */
export async function filterProductsByVendorHandle(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const vendor = await retrieveActiveVendorByHandle(req.scope, req.params.handle)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { vendor_id: vendor.id }
  const existing = req.filterableFields.id
  if (existing) {
    filters.product_id = existing
  }
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id"],
    filters,
  })
  req.filterableFields.id = links.map((l: { product_id: string }) => l.product_id)
  req.queryConfig.fields = req.queryConfig.fields.filter((f) => !/^\*?vendor(\.|$)/.test(f))
  ;(req as WithVendor)[VENDOR] = vendor
  next()
}

export function vendorOfRequest(req: MedusaRequest): PublicVendor {
  const vendor = (req as WithVendor)[VENDOR]
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Vendor filter middleware did not run")
  }
  return vendor
}
