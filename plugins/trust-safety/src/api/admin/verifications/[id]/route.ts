import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { TRUST_SAFETY_MODULE } from "../../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../../modules/trust-safety/service"
import { DOCUMENT_FIELDS } from "../../../vendor/verification/helpers"
import { vendorsById } from "../helpers"

/** GET /admin/verifications/:id: the verification, its vendor and documents (without any file URL). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const svc = req.scope.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE)
  const [v] = await svc.listVendorVerifications({ id: req.params.id })
  if (!v) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Verification ${req.params.id} was not found`)
  const documents = await svc.listVerificationDocuments({ verification_id: v.id }, { select: [...DOCUMENT_FIELDS], order: { created_at: "ASC" } })
  const vendors = await vendorsById(req.scope, [v.vendor_id])
  res.json({ verification: { ...v, documents, vendor: vendors.get(v.vendor_id) ?? null } })
}
