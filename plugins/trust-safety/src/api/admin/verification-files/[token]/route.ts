import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { documentSecret, verifyDocumentToken } from "../../../../lib/document-token"
import { trustSafetyOptions } from "../../../../lib/options"
import { storageFor } from "../../../../lib/storage"
import { TRUST_SAFETY_MODULE } from "../../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../../modules/trust-safety/service"

/**
 * GET /admin/verification-files/:token: one document from private local storage. Needs the admin's
 * session or token (Medusa authenticates /admin/*) AND a valid, unexpired token issued to that
 * same admin; a forged, tampered, expired or someone else's token answers 403.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const claims = verifyDocumentToken(documentSecret(req.scope), req.params.token)
  if (!claims || claims.u !== req.auth_context?.actor_id) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This document link is invalid or has expired")
  }
  const svc = req.scope.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE)
  const [doc] = await svc.listVerificationDocuments({ id: claims.d })
  if (!doc) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This document no longer exists")
  const body = await storageFor(doc.storage, trustSafetyOptions(req.scope).documents_dir).get(doc.storage_key)
  res.setHeader("Content-Type", doc.mime_type)
  res.setHeader("Content-Length", String(body.length))
  res.setHeader("Content-Disposition", `inline; filename="${doc.original_name.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
  res.end(body)
}
