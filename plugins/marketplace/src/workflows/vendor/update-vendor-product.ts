import type { UpdateProductDTO } from "@medusajs/framework/types"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateCategoriesStep } from "./steps/validate-categories"

/** A vendor edits one of its products (ownership is checked by the vendor guard before this runs). */
export const updateVendorProductWorkflow = createWorkflow(
  "update-vendor-product",
  (input: { id: string; update: UpdateProductDTO }) => {
    const categoryIds = transform({ input }, ({ input }) => input.update.category_ids ?? [])
    validateCategoriesStep(categoryIds)
    const products = updateProductsWorkflow.runAsStep({ input: { selector: { id: input.id }, update: input.update } })
    return new WorkflowResponse(products)
  }
)
