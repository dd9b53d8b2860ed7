import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { backendUrl, documentSecret, documentUrlTtl, signDocumentToken } from "../../../../../lib/document-token"
import { trustSafetyOptions } from "../../../../../lib/options"
import { storageFor } from "../../../../../lib/storage"
import { TRUST_SAFETY_MODULE } from "../../../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../../../modules/trust-safety/service"

/**
 * GET /admin/verification-documents/:id/url: a short-lived URL for the operator to view one
 * document: a presigned S3 GET, or (local storage) an admin route with an HMAC-signed token bound
 * to this admin user. No document has any other URL.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const svc = req.scope.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE)
  const [doc] = await svc.listVerificationDocuments({ id: req.params.id })
  if (!doc) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document ${req.params.id} was not found`)
  const ttl = documentUrlTtl(req.scope)
  const expires_at = new Date(Date.now() + ttl * 1000).toISOString()
  const storage = storageFor(doc.storage, trustSafetyOptions(req.scope).documents_dir)
  const presigned = await storage.signedUrl(doc.storage_key, ttl, doc.original_name)
  if (presigned) {
    res.json({ url: presigned, expires_at, mime_type: doc.mime_type })
    return
  }
  const token = signDocumentToken(documentSecret(req.scope), { document_id: doc.id, user_id: req.auth_context.actor_id }, ttl)
  const path = `/admin/verification-files/${token}`
  res.json({ url: `${backendUrl(req.scope)}${path}`, path, expires_at, mime_type: doc.mime_type })
}
