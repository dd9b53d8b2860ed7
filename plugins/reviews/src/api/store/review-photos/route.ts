import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { safeImageName, sniffImageType } from "@vitrina/marketplace/lib/image-upload"
import { photoKeyMarker } from "../../../workflows/steps/prepare"

/**
 * POST /store/review-photos — photos for a review (multipart field `files`, 1–5 PNG, JPEG or WebP
 * images of at most 5 MB, parsed by the marketplace's image upload middleware). The type is decided
 * by content (magic bytes), never by name or declared type. Answers `{ photos: [{ id, url }] }`;
 * the ids go into the review's `photo_ids` (only the uploader may use them).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const files = (req as unknown as { files?: Express.Multer.File[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "No photo was uploaded (multipart field `files`)")
  }
  const prepared = files.map((f) => {
    const kind = sniffImageType(f.buffer)
    if (!kind) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${f.originalname.slice(0, 100)} is not a PNG, JPEG or WebP image`)
    }
    return {
      filename: `${photoKeyMarker(customerId)}${safeImageName(f.originalname, kind.ext)}`,
      mimeType: kind.type,
      content: f.buffer.toString("base64"),
      access: "public" as const,
    }
  })
  const { result } = await uploadFilesWorkflow(req.scope).run({ input: { files: prepared } })
  res.status(201).json({ photos: result.map((f) => ({ id: f.id, url: f.url })) })
}
