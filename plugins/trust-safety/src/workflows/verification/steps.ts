import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRUST_SAFETY_MODULE } from "../../modules/trust-safety"
import type TrustSafetyModuleService from "../../modules/trust-safety/service"
import { storageFor } from "../../lib/storage"
import {
  DECISIONS,
  EDITABLE_VERIFICATION_STATUSES,
  MAX_DOCUMENTS_PER_VENDOR,
  missingDocuments,
  type VerificationAction,
} from "../../lib/verification-rules"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE)

type VerificationStatus = "draft" | "pending" | "approved" | "rejected" | "needs_info"
type Verification = { id: string; vendor_id: string; status: VerificationStatus; operator_message: string | null; submitted_at: Date | null; reviewed_at: Date | null; reviewed_by: string | null }

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/** The vendor's verification, created as a draft on first use; refuses changes while under review or approved. */
export const ensureEditableVerificationStep = createStep(
  "ensure-editable-verification",
  async (input: { vendor_id: string; adding?: boolean }, { container }) => {
    const svc = service(container)
    const [existing] = (await svc.listVendorVerifications({ vendor_id: input.vendor_id })) as Verification[]
    if (existing && !EDITABLE_VERIFICATION_STATUSES.has(existing.status)) {
      throw notAllowed(
        existing.status === "pending"
          ? "Your documents are under review: wait for the operator's decision"
          : "Your business is already verified"
      )
    }
    if (existing && input.adding) {
      const [, count] = await svc.listAndCountVerificationDocuments({ verification_id: existing.id }, { take: 1, select: ["id"] })
      if (count >= MAX_DOCUMENTS_PER_VENDOR) throw notAllowed(`At most ${MAX_DOCUMENTS_PER_VENDOR} documents: delete one first`)
    }
    if (existing) return new StepResponse(existing, null)
    const created = (await svc.createVendorVerifications({ vendor_id: input.vendor_id, status: "draft" })) as Verification
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) await service(container).deleteVendorVerifications(createdId)
  }
)

export type StoreDocumentInput = { storage: "s3" | "local"; key: string; content_base64: string; mime_type: string; local_dir?: string }

/** Writes the (already checked and cleaned) document to private storage; compensation removes it. */
export const storeDocumentStep = createStep(
  "store-verification-document",
  async (input: StoreDocumentInput) => {
    await storageFor(input.storage, input.local_dir).put(input.key, Buffer.from(input.content_base64, "base64"), input.mime_type)
    return new StepResponse({ storage: input.storage, key: input.key }, { storage: input.storage, key: input.key, local_dir: input.local_dir })
  },
  async (undo) => {
    if (undo) await storageFor(undo.storage, undo.local_dir).delete(undo.key)
  }
)

export type DocumentRecord = {
  verification_id: string
  vendor_id: string
  type: "identity" | "business_registration" | "qualification"
  storage: "s3" | "local"
  storage_key: string
  mime_type: string
  size: number
  sha256: string
  original_name: string
}

export const createDocumentRecordStep = createStep(
  "create-verification-document",
  async (input: DocumentRecord, { container }) => {
    const doc = await service(container).createVerificationDocuments(input)
    return new StepResponse(doc, doc.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteVerificationDocuments(id)
  }
)

/** Soft-deletes a document record (restored on compensation) and returns where its file is. */
export const deleteDocumentRecordStep = createStep(
  "delete-verification-document",
  async (input: { id: string }, { container }) => {
    const svc = service(container)
    const doc = await svc.retrieveVerificationDocument(input.id)
    await svc.softDeleteVerificationDocuments(input.id)
    return new StepResponse({ storage: doc.storage, key: doc.storage_key }, input.id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreVerificationDocuments(id)
  }
)

/** Removes a stored file; the last step of a workflow (a file cannot be brought back). */
export const deleteStoredDocumentStep = createStep(
  "delete-stored-verification-document",
  async (input: { storage: "s3" | "local"; key: string; local_dir?: string }) => {
    await storageFor(input.storage, input.local_dir).delete(input.key)
    return new StepResponse(null)
  }
)

/** Updates a verification; compensation writes the previous values back. */
export const updateVerificationStep = createStep(
  "update-vendor-verification",
  async (input: { id: string } & Partial<Omit<Verification, "id" | "vendor_id">>, { container }) => {
    const svc = service(container)
    const before = (await svc.retrieveVendorVerification(input.id)) as Verification
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, before[k as keyof Verification]]))
    const updated = (await svc.updateVendorVerifications(input)) as Verification
    return new StepResponse(updated, previous as { id: string })
  },
  async (previous, { container }) => {
    if (previous) await service(container).updateVendorVerifications(previous)
  }
)

/** Every required document is there (identity, plus business registration for sellers or qualification for teachers). */
export const validateSubmissionStep = createStep(
  "validate-verification-submission",
  async (input: { verification_id: string; vendor_kind: "seller" | "teacher" }, { container }) => {
    const docs = await service(container).listVerificationDocuments({ verification_id: input.verification_id }, { select: ["type"] })
    const missing = missingDocuments(input.vendor_kind, docs.map((d) => d.type))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Upload these documents before submitting: ${missing.join(", ")}`)
    }
    return new StepResponse(null)
  }
)

/** The operator's decision is allowed from the current status; a reason is required to reject or ask for more. */
export const planVerificationDecisionStep = createStep(
  "plan-verification-decision",
  async (input: { id: string; action: VerificationAction; message?: string | null }, { container }) => {
    const [v] = (await service(container).listVendorVerifications({ id: input.id })) as Verification[]
    if (!v) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Verification ${input.id} was not found`)
    if (!DECISIONS[v.status]?.includes(input.action)) {
      throw notAllowed(`A ${v.status} verification cannot be ${input.action === "request_info" ? "sent back for more information" : `${input.action}d`}`)
    }
    if (input.action !== "approve" && !input.message?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give the vendor a reason or say what is missing")
    }
    const status = input.action === "approve" ? "approved" : input.action === "reject" ? "rejected" : "needs_info"
    return new StepResponse({ vendor_id: v.vendor_id, status: status as VerificationStatus, from: v.status })
  }
)
