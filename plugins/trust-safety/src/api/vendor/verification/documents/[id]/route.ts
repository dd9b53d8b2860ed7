import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { trustSafetyOptions } from "../../../../../lib/options"
import { deleteVerificationDocumentWorkflow } from "../../../../../workflows/verification"

/** DELETE /vendor/verification/documents/:id (ownership checked by the vendor guard). */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const { vendor } = vendorContext(req)
  await deleteVerificationDocumentWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, id: req.params.id, local_dir: trustSafetyOptions(req.scope).documents_dir },
  })
  res.json({ id: req.params.id, object: "verification_document", deleted: true })
}
