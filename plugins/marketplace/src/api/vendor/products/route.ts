import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorContext } from "../../../lib/vendor-guard"
import { listVendorProducts, retrieveVendorProduct, stockOf, toProductInput } from "../../../lib/vendor-products"
import { createVendorProductsWorkflow } from "../../../workflows/vendor/create-vendor-products"
import type { VendorCreateProductType, VendorListProductsType } from "./validators"

/** The caller's products in every status (drafts included). */
export const GET = async (req: MedusaRequest<unknown, VendorListProductsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as VendorListProductsType
  const { products, count } = await listVendorProducts(req.scope, vendorContext(req).vendor.id, params)
  res.json({ products, count, limit: params.limit, offset: params.offset })
}

/** Creates a product (a seller) or a course sold as a product (a teacher), owned by the caller. */
export const POST = async (req: MedusaRequest<VendorCreateProductType>, res: MedusaResponse) => {
  const { vendor } = vendorContext(req)
  const input = await toProductInput(req.scope, vendor, req.validatedBody)
  const { result } = await createVendorProductsWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, products: [input], stock: [stockOf(vendor, req.validatedBody)] },
  })
  res.status(201).json({ product: await retrieveVendorProduct(req.scope, result[0].id) })
}
