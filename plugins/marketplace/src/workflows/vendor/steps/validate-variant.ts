import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The variant must belong to the product named in the path (the guard already proved both are the
 * vendor's); deleting also needs another variant to remain.
 */
export const validateVariantOfProductStep = createStep(
  "validate-variant-of-product",
  async ({ product_id, variant_id, deleting }: { product_id: string; variant_id: string; deleting?: boolean }, { container }) => {
    const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ product_id }, { select: ["id"] })
    if (!variants.some((v) => v.id === variant_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${variant_id} was not found`)
    }
    if (deleting && variants.length < 2) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A product keeps at least one variant")
    }
    return new StepResponse(undefined)
  }
)
