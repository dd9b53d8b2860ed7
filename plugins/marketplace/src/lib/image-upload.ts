import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const MAX_IMAGES_PER_UPLOAD = 5

const parser = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_IMAGES_PER_UPLOAD, fields: 0, parts: MAX_IMAGES_PER_UPLOAD },
}).array("files", MAX_IMAGES_PER_UPLOAD)

/** Parses a multipart body (field `files`) into memory; limit violations become 400s. */
export function parseImageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parser(req as never, res as never, (err?: unknown) => {
    if (err instanceof multer.MulterError) {
      const messages: Record<string, string> = {
        LIMIT_FILE_SIZE: `An image may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
        LIMIT_FILE_COUNT: `At most ${MAX_IMAGES_PER_UPLOAD} images per upload`,
        LIMIT_PART_COUNT: `At most ${MAX_IMAGES_PER_UPLOAD} images per upload`,
        LIMIT_FIELD_COUNT: "Only image files may be sent, in the field `files`",
        LIMIT_UNEXPECTED_FILE: "Images must be sent in the field `files`",
      }
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, messages[err.code] ?? err.message))
    }
    if (err) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The upload is not a valid multipart form"))
    }
    next()
  })
}

const SIGNATURES: { type: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { type: "image/png", ext: "png", test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "image/jpeg", ext: "jpg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/webp", ext: "webp", test: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
]

/** The image type by content (magic bytes), whatever the name or declared type say; null if not an image we take. */
export function sniffImageType(content: Buffer) {
  return SIGNATURES.find((s) => s.test(content)) ?? null
}

/** A safe file name: the original base name reduced to [a-z0-9-], with the sniffed extension. */
export function safeImageName(original: string, ext: string) {
  const base = original.replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60)
  return `${base || "image"}.${ext}`
}
