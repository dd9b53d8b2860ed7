import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Every category named must exist and be public (active, not internal). */
export const validateCategoriesStep = createStep("validate-categories", async (ids: string[], { container }) => {
  const wanted = [...new Set(ids)]
  if (!wanted.length) {
    return new StepResponse(undefined)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id"],
    filters: { id: wanted, is_active: true, is_internal: false },
  })
  const found = new Set(data.map((c: { id: string }) => c.id))
  const missing = wanted.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown category: ${missing.join(", ")}`)
  }
  return new StepResponse(undefined)
})
