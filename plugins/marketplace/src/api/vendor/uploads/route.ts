import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { safeImageName, sniffImageType } from "../../../lib/image-upload"
import { vendorContext } from "../../../lib/vendor-guard"

/**
 * POST /vendor/uploads — product images (multipart field `files`, 1–5 PNG, JPEG or WebP files of
 * at most 5 MB). The type is decided by content, not by name; the stored name is sanitised and
 * prefixed with the vendor's handle. Answers the public URLs to use in a product's `images`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { vendor } = vendorContext(req)
  const files = (req as MedusaRequest & { files?: Express.Multer.File[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "No image was uploaded (multipart field `files`)")
  }
  const prepared = files.map((f) => {
    const kind = sniffImageType(f.buffer)
    if (!kind) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${f.originalname.slice(0, 100)} is not a PNG, JPEG or WebP image`)
    }
    return {
      filename: `${vendor.handle}-${safeImageName(f.originalname, kind.ext)}`,
      mimeType: kind.type,
      content: f.buffer.toString("base64"),
      access: "public" as const,
    }
  })
  const { result } = await uploadFilesWorkflow(req.scope).run({ input: { files: prepared } })
  res.status(201).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}
