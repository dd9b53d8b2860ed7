import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GET as listStoreProducts } from "@medusajs/medusa/api/store/products/route"
import { vendorOfRequest } from "../../../../../lib/vendor-product-filter"

/**
 * GET /store/vendors/:handle/products — one vendor's published catalog.
 * Same query parameters and product shape as Medusa's GET /store/products: Medusa's own
 * middleware chain and handler run (prices, stock, sales channels), narrowed to the vendor's
 * products by ../../../../middlewares.ts; each product carries the vendor's public profile.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const vendor = vendorOfRequest(req)
  const json = res.json.bind(res)
  res.json = (body: { products?: Record<string, unknown>[] }) =>
    json({ ...body, vendor, products: (body.products ?? []).map((p) => ({ ...p, vendor })) })
  return listStoreProducts(req as Parameters<typeof listStoreProducts>[0], res)
}
