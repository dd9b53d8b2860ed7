import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { Transform, type Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { findCourseById, isVisible } from "../../../lib/catalog"
import { mediaSecret, verifyMediaToken } from "../../../lib/media-token"
import { ownedCourses } from "../../../lib/ownership"
import { coursesService } from "../../../lib/students"

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` → [start, end] inclusive; null: whole file; "invalid": 416. */
export function parseRange(header: string | undefined, size: number): [number, number] | null | "invalid" {
  if (!header) return null
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!m || (m[1] === "" && m[2] === "")) return "invalid" // multiple ranges are not supported either
  let start: number
  let end: number
  if (m[1] === "") {
    const suffix = Number(m[2])
    if (suffix === 0) return "invalid"
    start = Math.max(0, size - suffix)
    end = size - 1
  } else {
    start = Number(m[1])
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1)
  }
  if (!Number.isSafeInteger(start) || start >= size || end < start) return "invalid"
  return [start, end]
}

/** Passes through bytes [start, end] of a stream. */
function slice(start: number, end: number) {
  let pos = 0
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const from = Math.max(0, start - pos)
      const to = Math.min(chunk.length, end + 1 - pos)
      pos += chunk.length
      if (to > from) this.push(chunk.subarray(from, to))
      done()
    },
  })
}

/**
 * A lesson's private video behind a signed, expiring token (no publishable key: `<video src>` sends
 * none). Forged, tampered or expired tokens: 403. A non-preview lesson is re-checked against an
 * active enrolment of the token's customer, so a revocation cuts access at once.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const claims = verifyMediaToken(mediaSecret(req.scope), req.params.token)
  if (!claims) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This video link is invalid or has expired")
  const service = coursesService(req.scope)
  const [lesson] = await service.listLessons({ id: claims.l })
  if (!lesson || lesson.kind !== "video" || !lesson.video_file_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This lesson has no video")
  }
  const course = await findCourseById(req.scope, lesson.course_id)
  if (!course) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This lesson has no video")
  // previews of a visible course are public; the teacher previews its own lessons; everything else
  // needs an active enrolment of the token's customer
  if (claims.v) {
    const owned = await ownedCourses(req.scope, claims.v, [lesson.course_id])
    if (!owned.has(lesson.course_id)) throw new MedusaError(MedusaError.Types.FORBIDDEN, "You no longer have access to this lesson")
  } else if (!lesson.is_preview || !isVisible(course)) {
    const enrollments = claims.c ? await service.listEnrollments({ course_id: lesson.course_id, customer_id: claims.c, status: "active" }) : []
    if (!enrollments.length) throw new MedusaError(MedusaError.Types.FORBIDDEN, "You no longer have access to this lesson")
  }

  const files = req.scope.resolve(Modules.FILE)
  let buffer: Buffer | null = null
  let size = typeof lesson.video_size === "number" && lesson.video_size > 0 ? lesson.video_size : 0
  const missing = () => new MedusaError(MedusaError.Types.NOT_FOUND, "This lesson's video file is missing")
  if (!size) {
    buffer = await files.getAsBuffer(lesson.video_file_id).catch(() => {
      throw missing()
    })
    size = buffer.length
  }
  res.setHeader("Content-Type", lesson.video_mime_type || "application/octet-stream")
  res.setHeader("Accept-Ranges", "bytes")
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  const range = parseRange(req.headers.range, size)
  if (range === "invalid") {
    res.setHeader("Content-Range", `bytes */${size}`)
    res.status(416).end()
    return
  }
  const [start, end] = range ?? [0, size - 1]
  if (range) {
    res.status(206)
    res.setHeader("Content-Range", `bytes ${start}-${end}/${size}`)
  }
  res.setHeader("Content-Length", String(end - start + 1))
  if (req.method === "HEAD") {
    res.end()
    return
  }
  if (buffer) {
    res.end(buffer.subarray(start, end + 1))
    return
  }
  const source = (await files.getDownloadStream(lesson.video_file_id).catch(() => {
    throw missing()
  })) as Readable
  await pipeline(source, slice(start, end), res).catch((e: NodeJS.ErrnoException) => {
    source.destroy()
    // the player closing the connection (seeking does this) is normal; a file that cannot be read is not
    if (e?.code !== "ERR_STREAM_PREMATURE_CLOSE") {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`lesson-media: streaming ${lesson.id} failed: ${e?.message}`)
    }
    if (!res.writableEnded) res.destroy()
  })
}
