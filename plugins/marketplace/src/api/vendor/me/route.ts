import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requireRole, vendorContext } from "../../../lib/vendor-guard"
import { updateVendorWorkflow } from "../../../workflows/vendor/update-vendor"
import type { VendorUpdateMeType } from "./validators"

const FIELDS = [
  "id", "handle", "name", "kind", "status", "status_reason", "verified", "description", "logo",
  "email", "phone", "country_code", "currency_code", "created_at",
]

async function profile(req: MedusaRequest) {
  const { vendor, member } = vendorContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [full] } = await query.graph({ entity: "vendor", fields: FIELDS, filters: { id: vendor.id } })
  return { vendor: full, member }
}

/** The caller's vendor (including its status and the operator's reason) and the caller as member. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await profile(req))
}

/** Owners and admins edit the vendor's public profile. */
export const POST = async (req: MedusaRequest<VendorUpdateMeType>, res: MedusaResponse) => {
  requireRole(req, ["owner", "admin"])
  await updateVendorWorkflow(req.scope).run({ input: { id: vendorContext(req).vendor.id, data: req.validatedBody } })
  res.json(await profile(req))
}
