import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createReadStream } from "node:fs"
import { pipeline } from "node:stream/promises"
import { lessonOf, loadCurriculum } from "../../lib/curriculum"
import { deleteStoredFilesStep, updateLessonsStep } from "./steps/records"
import { emitEventStep } from "@medusajs/medusa/core-flows"

/** `{ course_id, lesson_id }`: a lesson's video was stored (listing moderation records it on the course's case). */
export const LESSON_VIDEO_ATTACHED_EVENT = "course.lesson_video.attached"

export type AttachLessonVideoInput = {
  course_id: string
  lesson_id: string
  /** The uploaded file on local disk (multer's temporary file; the caller removes it afterwards). */
  path: string
  filename: string
  mime_type: string
  size: number
}

const planLessonVideoStep = createStep("plan-lesson-video", async (input: AttachLessonVideoInput, { container }) => {
  const lesson = lessonOf(await loadCurriculum(container, input.course_id), input.lesson_id)
  if (lesson.kind !== "video") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only a video lesson can have a video: change the lesson's kind to video first")
  }
  return new StepResponse({ old_keys: lesson.video_file_id ? [lesson.video_file_id] : [] })
})

/** Streams the file into the file module as a PRIVATE file (never under /static); deleted again on rollback. */
const storeLessonVideoStep = createStep(
  "store-lesson-video",
  async (input: AttachLessonVideoInput, { container }) => {
    const files = container.resolve(Modules.FILE)
    const { writeStream, promise, fileKey } = await files.getUploadStream({
      filename: input.filename,
      mimeType: input.mime_type,
      access: "private",
    })
    try {
      await pipeline(createReadStream(input.path), writeStream)
      const stored = await promise
      return new StepResponse(stored.key ?? fileKey, stored.key ?? fileKey)
    } catch (e) {
      await files.deleteFiles([fileKey]).catch(() => undefined)
      throw e
    }
  },
  async (key, { container }) => {
    if (!key) return
    await container.resolve(Modules.FILE).deleteFiles([key])
  }
)

/** Stores a lesson's video privately and points the lesson at it; a replaced video's file is deleted. */
export const attachLessonVideoWorkflow = createWorkflow("attach-lesson-video", (input: AttachLessonVideoInput) => {
  const plan = planLessonVideoStep(input)
  const key = storeLessonVideoStep(input)
  updateLessonsStep(
    transform({ input, key }, ({ input, key }) => [
      { id: input.lesson_id, video_file_id: key, video_mime_type: input.mime_type, video_size: input.size },
    ])
  )
  deleteStoredFilesStep(transform({ plan }, ({ plan }) => plan.old_keys))
  emitEventStep({
    eventName: LESSON_VIDEO_ATTACHED_EVENT,
    data: transform({ input }, ({ input }) => ({ course_id: input.course_id, lesson_id: input.lesson_id })),
  })
  return new WorkflowResponse(input.lesson_id)
})
