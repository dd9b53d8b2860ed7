import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { maxDocumentBytes } from "./options"

const formatBytes = (n: number) => (n >= 1024 ** 2 ? `${+(n / 1024 ** 2).toFixed(1)} MB` : `${n} bytes`)

/**
 * Parses a multipart body with ONE file in the field `file` and the text field `type` into memory
 * (documents are small: 10 MB by default, plugin option `max_document_bytes`). Limit violations are 400s.
 */
export function parseDocumentUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const limit = maxDocumentBytes(req.scope)
  const parser = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: limit, files: 1, fields: 1, parts: 2, fieldSize: 100 },
  }).single("file")
  parser(req as never, res as never, (err?: unknown) => {
    if (err instanceof multer.MulterError) {
      const messages: Record<string, string> = {
        LIMIT_FILE_SIZE: `A document may be at most ${formatBytes(limit)}`,
        LIMIT_FILE_COUNT: "Send one document per upload",
        LIMIT_PART_COUNT: "Send the document in the field `file` and its type in the field `type`",
        LIMIT_FIELD_COUNT: "Only the field `type` may accompany the document",
        LIMIT_FIELD_VALUE: "The field `type` is too long",
        LIMIT_UNEXPECTED_FILE: "The document must be sent in the field `file`",
      }
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, messages[err.code] ?? err.message))
    }
    if (err) return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The upload is not a valid multipart form"))
    next()
  })
}
