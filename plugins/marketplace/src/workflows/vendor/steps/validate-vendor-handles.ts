import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

/** Refuses duplicate handles (in the input or already taken) with a 400 before anything is written. */
export const validateVendorHandlesStep = createStep(
  "validate-vendor-handles",
  async (handles: string[], { container }) => {
    const dupes = handles.filter((h, i) => handles.indexOf(h) !== i)
    if (dupes.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Vendor handle given more than once: ${[...new Set(dupes)].join(", ")}`
      )
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const taken = await service.listVendors({ handle: handles }, { select: ["handle"] })
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Vendor handle already taken: ${taken.map((v) => v.handle).join(", ")}`
      )
    }
    return new StepResponse(undefined)
  }
)
