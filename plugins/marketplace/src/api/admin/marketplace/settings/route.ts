import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VENDOR_MODULE } from "../../../../modules/vendor"
import type VendorModuleService from "../../../../modules/vendor/service"
import { updateMarketplaceSettingsWorkflow } from "../../../../workflows/vendor/update-marketplace-settings"
import type { AdminUpdateMarketplaceSettingsType } from "./validators"

const view = (s: { auto_approve_vendors: boolean }) => ({ auto_approve_vendors: s.auto_approve_vendors })

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  res.json({ settings: view(await service.getSettings()) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateMarketplaceSettingsType>, res: MedusaResponse) => {
  const { result } = await updateMarketplaceSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: view(result) })
}
