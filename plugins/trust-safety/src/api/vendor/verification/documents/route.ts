import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { createHash, randomUUID } from "node:crypto"
import { MalformedImageError, sanitizeDocument, sniffDocumentType, type DocumentKind } from "../../../../lib/documents"
import { trustSafetyOptions } from "../../../../lib/options"
import { documentStorage } from "../../../../lib/storage"
import { DOCUMENT_TYPES } from "../../../../modules/trust-safety/models/verification-document"
import { uploadVerificationDocumentWorkflow } from "../../../../workflows/verification"
import { DOCUMENT_FIELDS } from "../helpers"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

const EXTENSIONS: Record<string, DocumentKind["ext"]> = { pdf: "pdf", jpg: "jpg", jpeg: "jpg", png: "png" }
const MIME_TYPES: Record<string, DocumentKind["ext"]> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/jpg": "jpg", "image/png": "png" }

/** A file whose name or declared type says something else than its content is refused (a disguise). */
function disguise(name: string | undefined, mime: string | undefined, kind: DocumentKind): string | null {
  const ext = /\.([^./\\]+)$/.exec(name ?? "")?.[1]?.toLowerCase()
  if (ext && EXTENSIONS[ext] !== kind.ext) {
    return `The file is named .${ext.slice(0, 10)} but its content is ${kind.ext.toUpperCase()}: upload the original file`
  }
  const declared = (mime ?? "").toLowerCase()
  if (declared in MIME_TYPES && MIME_TYPES[declared] !== kind.ext) {
    return `The file is declared as ${declared} but its content is ${kind.ext.toUpperCase()}: upload the original file`
  }
  return null
}

/**
 * POST /vendor/verification/documents (multipart: `file`, `type`): the type is read from the
 * content (PDF, JPEG or PNG; a renamed HTML, ZIP, … is refused), image metadata is removed, and the
 * document goes to private storage.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { vendor } = vendorContext(req)
  const file = (req as MedusaRequest & { file?: Express.Multer.File }).file
  const type = (req.body as { type?: unknown } | undefined)?.type
  if (typeof type !== "string" || !(DOCUMENT_TYPES as readonly string[]).includes(type)) {
    throw invalid(`type must be one of: ${DOCUMENT_TYPES.join(", ")}`)
  }
  if (!file || !file.buffer?.length) throw invalid("Send the document in the field `file`")
  const kind = sniffDocumentType(file.buffer)
  if (!kind) throw invalid("Only PDF, JPEG and PNG documents are accepted (the file's content is none of these)")
  const mismatch = disguise(file.originalname, file.mimetype, kind)
  if (mismatch) throw invalid(mismatch)
  let clean: Buffer
  try {
    clean = sanitizeDocument(file.buffer, kind)
  } catch (e) {
    if (e instanceof MalformedImageError) throw invalid(`The image is damaged: ${e.message}`)
    throw e
  }
  const localDir = trustSafetyOptions(req.scope).documents_dir
  const storage = documentStorage(localDir)
  const base = (file.originalname || "document").replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N} ._-]+/gu, "").trim().slice(0, 80) || "document"
  const { result } = await uploadVerificationDocumentWorkflow(req.scope).run({
    input: {
      vendor_id: vendor.id,
      type: type as (typeof DOCUMENT_TYPES)[number],
      storage: storage.kind,
      key: `${vendor.id}/${randomUUID()}.${kind.ext}`,
      content_base64: clean.toString("base64"),
      mime_type: kind.mime,
      size: clean.length,
      sha256: createHash("sha256").update(clean).digest("hex"),
      original_name: `${base}.${kind.ext}`,
      local_dir: localDir,
    },
  })
  const doc = result as Record<string, unknown>
  res.status(201).json({ document: Object.fromEntries(DOCUMENT_FIELDS.map((k) => [k, doc[k]])) })
}
