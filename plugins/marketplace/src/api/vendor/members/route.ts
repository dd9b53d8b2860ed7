import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorContext } from "../../../lib/vendor-guard"

/** The vendor's team. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "vendor_member",
    fields: ["id", "email", "name", "role", "created_at"],
    filters: { vendor_id: vendorContext(req).vendor.id },
  })
  res.json({ members })
}
