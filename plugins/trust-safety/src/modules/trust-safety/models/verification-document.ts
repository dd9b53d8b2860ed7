import { model } from "@medusajs/framework/utils"
import VendorVerification from "./vendor-verification"

export const DOCUMENT_TYPES = ["identity", "business_registration", "qualification"] as const

/** One uploaded document, kept in private storage (`storage_key`); never reachable by a public URL. */
const VerificationDocument = model
  .define("verification_document", {
    id: model.id({ prefix: "vdoc" }).primaryKey(),
    vendor_id: model.text().index(),
    type: model.enum([...DOCUMENT_TYPES]),
    storage: model.enum(["local", "s3"]),
    storage_key: model.text(),
    mime_type: model.text(),
    size: model.number(),
    sha256: model.text(),
    original_name: model.text(),
    verification: model.belongsTo(() => VendorVerification, { mappedBy: "documents" }),
  })

export default VerificationDocument
