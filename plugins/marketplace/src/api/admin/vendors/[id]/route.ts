import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminVendor } from "../../../../lib/admin-vendor"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}
