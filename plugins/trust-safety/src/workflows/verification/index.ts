import { emitEventStep, sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_CHANGED_EVENT } from "@vitrina/marketplace/lib/catalog-search"
import { updateVendorWorkflow } from "@vitrina/marketplace/workflows"
import type { VerificationAction } from "../../lib/verification-rules"
import {
  createDocumentRecordStep,
  deleteDocumentRecordStep,
  deleteStoredDocumentStep,
  ensureEditableVerificationStep,
  planVerificationDecisionStep,
  storeDocumentStep,
  updateVerificationStep,
  validateSubmissionStep,
  type DocumentRecord,
  type StoreDocumentInput,
} from "./steps"

export const VERIFICATION_DECIDED_EVENT = "trust_safety.verification.decided"

export type UploadVerificationDocumentInput = Omit<DocumentRecord, "verification_id" | "storage_key"> &
  Omit<StoreDocumentInput, "mime_type" | "storage">

/** Stores a checked document in private storage and records it on the vendor's (draft) verification. */
export const uploadVerificationDocumentWorkflow = createWorkflow(
  "upload-verification-document",
  (input: UploadVerificationDocumentInput) => {
    const verification = ensureEditableVerificationStep(transform({ input }, ({ input }) => ({ vendor_id: input.vendor_id, adding: true })))
    storeDocumentStep(
      transform({ input }, ({ input }) => ({
        storage: input.storage,
        key: input.key,
        content_base64: input.content_base64,
        mime_type: input.mime_type,
        local_dir: input.local_dir,
      }))
    )
    const doc = createDocumentRecordStep(
      transform({ input, verification }, ({ input, verification }) => ({
        verification_id: verification.id,
        vendor_id: input.vendor_id,
        type: input.type,
        storage: input.storage,
        storage_key: input.key,
        mime_type: input.mime_type,
        size: input.size,
        sha256: input.sha256,
        original_name: input.original_name,
      }))
    )
    return new WorkflowResponse(doc)
  }
)

/** Removes a document while the verification is editable; the file goes last (after the record). */
export const deleteVerificationDocumentWorkflow = createWorkflow(
  "delete-verification-document",
  (input: { vendor_id: string; id: string; local_dir?: string }) => {
    ensureEditableVerificationStep(transform({ input }, ({ input }) => ({ vendor_id: input.vendor_id })))
    const stored = deleteDocumentRecordStep(transform({ input }, ({ input }) => ({ id: input.id })))
    deleteStoredDocumentStep(transform({ stored, input }, ({ stored, input }) => ({ ...stored, local_dir: input.local_dir })))
    return new WorkflowResponse(input.id)
  }
)

/** The vendor submits its documents for review (every required type present). */
export const submitVerificationWorkflow = createWorkflow(
  "submit-vendor-verification",
  (input: { vendor_id: string; vendor_kind: "seller" | "teacher" }) => {
    const verification = ensureEditableVerificationStep(transform({ input }, ({ input }) => ({ vendor_id: input.vendor_id })))
    validateSubmissionStep(
      transform({ input, verification }, ({ input, verification }) => ({ verification_id: verification.id, vendor_kind: input.vendor_kind }))
    )
    const updated = updateVerificationStep(
      transform({ verification }, ({ verification }) => ({
        id: verification.id,
        status: "pending" as const,
        submitted_at: new Date(),
        operator_message: null,
      }))
    )
    return new WorkflowResponse(updated)
  }
)

/**
 * The operator approves (the vendor becomes verified: its badge on the vendor page, listings and
 * search), rejects with a reason, or asks for more information. The vendor is notified and its
 * listings are re-indexed; everything rolls back together.
 */
export const decideVerificationWorkflow = createWorkflow(
  "decide-vendor-verification",
  (input: { id: string; action: VerificationAction; message?: string | null; admin_id: string }) => {
    const plan = planVerificationDecisionStep(input)
    const updated = updateVerificationStep(
      transform({ input, plan }, ({ input, plan }) => ({
        id: input.id,
        status: plan.status,
        operator_message: input.action === "approve" ? (input.message?.trim() || null) : input.message!.trim(),
        reviewed_at: new Date(),
        reviewed_by: input.admin_id,
      }))
    )
    updateVendorWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ id: plan.vendor_id, data: { verified: plan.status === "approved" } })),
    })
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "name", "email", "members.email", "members.role", "products.id"],
      filters: { id: plan.vendor_id },
    })
    emitEventStep(
      transform({ vendors }, ({ vendors }) => ({
        eventName: CATALOG_CHANGED_EVENT,
        data: { product_ids: ((vendors[0]?.products ?? []) as { id: string }[]).filter(Boolean).map((p) => p.id) },
      }))
    )
    emitEventStep(
      transform({ input, plan }, ({ input, plan }) => ({
        eventName: VERIFICATION_DECIDED_EVENT,
        data: { id: input.id, vendor_id: plan.vendor_id, status: plan.status },
      }))
    ).config({ name: "emit-verification-decided" })
    const notifications = transform({ vendors, plan, input }, ({ vendors, plan, input }) => {
      const vendor = vendors[0] as { id: string; name: string; email?: string | null; members?: { email: string; role: string }[] } | undefined
      const to = vendor?.email || vendor?.members?.find((m) => m.role === "owner")?.email
      if (!vendor || !to) return []
      return [
        {
          to,
          channel: "email",
          template: "vendor-verification-decided",
          trigger_type: VERIFICATION_DECIDED_EVENT,
          resource_id: input.id,
          resource_type: "vendor_verification",
          data: { vendor_name: vendor.name, status: plan.status, message: input.message ?? null },
        },
      ]
    })
    sendNotificationsStep(notifications)
    return new WorkflowResponse(updated)
  }
)
