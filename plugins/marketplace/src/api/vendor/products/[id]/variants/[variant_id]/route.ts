import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorProduct } from "../../../../../../lib/vendor-products"
import { deleteVendorVariantWorkflow, updateVendorVariantWorkflow } from "../../../../../../workflows/vendor/vendor-variants"
import type { VendorUpdateVariantType } from "../../../validators"

// The vendor guard has already checked that :id and :variant_id are the caller's.

export const POST = async (req: MedusaRequest<VendorUpdateVariantType>, res: MedusaResponse) => {
  await updateVendorVariantWorkflow(req.scope).run({
    input: { product_id: req.params.id, variant_id: req.params.variant_id, update: req.validatedBody },
  })
  res.json({ product: await retrieveVendorProduct(req.scope, req.params.id) })
}

export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteVendorVariantWorkflow(req.scope).run({ input: { product_id: req.params.id, variant_id: req.params.variant_id } })
  res.json({ id: req.params.variant_id, object: "variant", deleted: true })
}
