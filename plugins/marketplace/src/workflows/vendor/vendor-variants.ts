import type { CreateProductVariantWorkflowInputDTO, UpdateProductVariantWorkflowInputDTO } from "@medusajs/framework/types"
import { createProductVariantsWorkflow, deleteProductVariantsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateVariantOfProductStep } from "./steps/validate-variant"

/** A vendor edits a variant of its product: title, SKU, prices (prices are replaced as given). */
export const updateVendorVariantWorkflow = createWorkflow(
  "update-vendor-variant",
  (input: { product_id: string; variant_id: string; update: UpdateProductVariantWorkflowInputDTO }) => {
    validateVariantOfProductStep({ product_id: input.product_id, variant_id: input.variant_id })
    const variants = updateProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ selector: { id: input.variant_id, product_id: input.product_id }, update: input.update })),
    })
    return new WorkflowResponse(variants)
  }
)

export const createVendorVariantWorkflow = createWorkflow(
  "create-vendor-variant",
  (input: { variant: CreateProductVariantWorkflowInputDTO }) => {
    const variants = createProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ product_variants: [input.variant] })),
    })
    return new WorkflowResponse(variants)
  }
)

export const deleteVendorVariantWorkflow = createWorkflow(
  "delete-vendor-variant",
  (input: { product_id: string; variant_id: string }) => {
    validateVariantOfProductStep({ product_id: input.product_id, variant_id: input.variant_id, deleting: true })
    deleteProductVariantsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.variant_id] })) })
    return new WorkflowResponse(input.variant_id)
  }
)
