import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Only teachers sell courses: a seller (or an unknown vendor) is refused before anything is written. */
export const assertTeacherStep = createStep("assert-teacher", async (vendorId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [vendor] } = await query.graph({ entity: "vendor", fields: ["id", "kind"], filters: { id: vendorId } })
  if (!vendor) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${vendorId} was not found`)
  if (vendor.kind !== "teacher") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only teachers can create courses")
  }
  return new StepResponse(vendor.id)
})
