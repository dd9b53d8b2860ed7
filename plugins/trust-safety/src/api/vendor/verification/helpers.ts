import type { MedusaContainer } from "@medusajs/framework/types"
import { TRUST_SAFETY_MODULE } from "../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../modules/trust-safety/service"
import { missingDocuments, REQUIRED_DOCUMENTS } from "../../../lib/verification-rules"

export const DOCUMENT_FIELDS = ["id", "type", "mime_type", "size", "original_name", "created_at"] as const

/** The vendor's verification as the portal shows it (a draft with no documents when there is none yet). */
export async function vendorVerificationView(container: MedusaContainer, vendor: { id: string; kind: "seller" | "teacher" }) {
  const svc = container.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE)
  const [v] = await svc.listVendorVerifications({ vendor_id: vendor.id })
  const documents = v
    ? await svc.listVerificationDocuments({ verification_id: v.id }, { select: [...DOCUMENT_FIELDS], order: { created_at: "ASC" } })
    : []
  return {
    id: v?.id ?? null,
    status: v?.status ?? "draft",
    operator_message: v?.operator_message ?? null,
    submitted_at: v?.submitted_at ?? null,
    reviewed_at: v?.reviewed_at ?? null,
    required_documents: REQUIRED_DOCUMENTS[vendor.kind],
    missing_documents: missingDocuments(vendor.kind, documents.map((d) => d.type)),
    documents,
  }
}
