import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const getMarketplaceSettingsStep = createStep("get-marketplace-settings", async (_: void, { container }) => {
  const service: VendorModuleService = container.resolve(VENDOR_MODULE)
  return new StepResponse(await service.getSettings())
})

/** Updates the settings row; compensation restores the previous values. */
export const updateMarketplaceSettingsStep = createStep(
  "update-marketplace-settings",
  async (data: { auto_approve_vendors?: boolean }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const before = await service.getSettings()
    const settings = await service.updateMarketplaceSettings({ id: before.id, ...data })
    return new StepResponse(settings, { id: before.id, auto_approve_vendors: before.auto_approve_vendors })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.updateMarketplaceSettings(previous)
  }
)
