import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { rm } from "node:fs/promises"
import { retrieveVendorLesson } from "../../../../../../../lib/vendor-courses"
import { readHead, safeVideoName, sniffVideoType } from "../../../../../../../lib/video-upload"
import { attachLessonVideoWorkflow } from "../../../../../../../workflows/courses/lesson-video"

/**
 * POST /vendor/courses/:id/lessons/:lesson_id/video — the lesson's video (multipart field `file`:
 * MP4/M4V, WebM or QuickTime, decided by content, at most the plugin's `max_video_bytes`). It is
 * stored as a PRIVATE file; a previous video is deleted. Answers the lesson (no URL).
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const file = (req as MedusaRequest & { file?: Express.Multer.File }).file
  if (!file) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "No video was uploaded (multipart field `file`)")
  }
  try {
    const kind = sniffVideoType(await readHead(file.path))
    if (!kind) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${file.originalname.slice(0, 100)} is not an MP4, WebM or QuickTime video (checked by its content)`
      )
    }
    if (file.size === 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The video is empty")
    }
    await attachLessonVideoWorkflow(req.scope).run({
      input: {
        course_id: req.params.id,
        lesson_id: req.params.lesson_id,
        path: file.path,
        filename: `${vendorContext(req).vendor.handle}-${safeVideoName(file.originalname, kind.ext)}`,
        mime_type: kind.type,
        size: file.size,
      },
    })
  } finally {
    await rm(file.path, { force: true })
  }
  res.json({ lesson: await retrieveVendorLesson(req.scope, req.params.lesson_id) })
}
