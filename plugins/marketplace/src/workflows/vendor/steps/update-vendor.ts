import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import type { UpdateVendorInput } from "../types"

/** Updates one vendor; compensation writes the previous values back. */
export const updateVendorStep = createStep(
  "update-vendor",
  async ({ id, data }: { id: string; data: UpdateVendorInput }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const before = await service.retrieveVendor(id)
    const previous = Object.fromEntries(Object.keys(data).map((k) => [k, before[k as keyof typeof before]]))
    const vendor = await service.updateVendors({ id, ...data })
    return new StepResponse(vendor, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.updateVendors({ id: undo.id, ...undo.previous })
  }
)
