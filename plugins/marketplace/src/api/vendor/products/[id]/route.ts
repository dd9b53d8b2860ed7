import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { retrieveVendorProduct, toProductUpdate } from "../../../../lib/vendor-products"
import { updateVendorProductWorkflow } from "../../../../workflows/vendor/update-vendor-product"
import type { VendorUpdateProductType } from "../validators"

// The vendor guard has already checked that :id is one of the caller's products.

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ product: await retrieveVendorProduct(req.scope, req.params.id) })
}

export const POST = async (req: MedusaRequest<VendorUpdateProductType>, res: MedusaResponse) => {
  const update = await toProductUpdate(req.scope, req.params.id, req.validatedBody)
  await updateVendorProductWorkflow(req.scope).run({ input: { id: req.params.id, update } })
  res.json({ product: await retrieveVendorProduct(req.scope, req.params.id) })
}

export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
