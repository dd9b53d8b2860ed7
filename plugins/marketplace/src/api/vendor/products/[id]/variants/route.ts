import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorProduct } from "../../../../../lib/vendor-products"
import { createVendorVariantWorkflow } from "../../../../../workflows/vendor/vendor-variants"
import type { VendorCreateVariantType } from "../../validators"

/** Adds a variant (its option values must exist on the product); stock of added variants is not tracked yet. */
export const POST = async (req: MedusaRequest<VendorCreateVariantType>, res: MedusaResponse) => {
  const { inventory_quantity: _stock, ...variant } = req.validatedBody
  await createVendorVariantWorkflow(req.scope).run({
    input: { variant: { ...variant, product_id: req.params.id, manage_inventory: false } },
  })
  res.status(201).json({ product: await retrieveVendorProduct(req.scope, req.params.id) })
}
