import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getVendorBalance } from "../../../../../lib/vendor-balance"

/** A vendor's balance per currency: available, pending (holding period) and paid out. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [vendor] } = await query.graph({ entity: "vendor", fields: ["id"], filters: { id: req.params.id } })
  if (!vendor) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${req.params.id} was not found`)
  res.json({ vendor_id: vendor.id, balances: await getVendorBalance(req.scope, vendor.id) })
}
