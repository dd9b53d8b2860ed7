import { createInventoryLevelsWorkflow, createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { VENDOR_MODULE } from "../../modules/vendor"
import { planStockLevelsStep } from "./steps/stock-levels"
import { validateCategoriesStep } from "./steps/validate-categories"

export type CreateVendorProductsWorkflowInput = {
  vendor_id: string
  products: CreateProductWorkflowInputDTO[]
  /** Optional stock per product and variant (same order as `products[i].variants`); null = not tracked. */
  stock?: (number | null)[][]
}

export const createVendorProductsWorkflowId = "create-vendor-products"

/**
 * Creates products through Medusa's own product workflow and links each to its vendor.
 * A missing vendor fails before anything is written; a failure later rolls the products back.
 */
export const createVendorProductsWorkflow = createWorkflow(
  createVendorProductsWorkflowId,
  (input: CreateVendorProductsWorkflowInput) => {
    useQueryGraphStep({
      entity: "vendor",
      fields: ["id"],
      filters: { id: input.vendor_id },
      options: { throwIfKeyNotFound: true },
    })

    const categoryIds = transform({ input }, ({ input }) => input.products.flatMap((p) => p.category_ids ?? []))
    validateCategoriesStep(categoryIds)

    const products = createProductsWorkflow.runAsStep({
      input: { products: input.products },
    })

    const links = transform({ products, input }, ({ products, input }) =>
      products.map((product) => ({
        [VENDOR_MODULE]: { vendor_id: input.vendor_id },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
    )
    createRemoteLinkStep(links)

    const levels = planStockLevelsStep(
      transform({ products, input }, ({ products, input }) => ({ products, stock: input.stock ?? [] }))
    )
    when({ levels }, ({ levels }) => levels.length > 0).then(() => {
      createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })
    })

    return new WorkflowResponse(products)
  }
)
