import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isVisible, orderedLessons, retrieveLearnableCourse } from "../../../../../../lib/catalog"
import { mediaUrl } from "../../../../../../lib/media-token"
import { coursesService, requireActiveEnrollment } from "../../../../../../lib/students"
import { isIdOf } from "../../../../../../lib/zod"

/**
 * One lesson to play or read. Preview lessons: anyone. Others: the signed-in customer with an active
 * enrolment (401 signed out, 403 otherwise). A video comes as a signed, expiring `video_url`. A course
 * unpublished after the purchase stays open to its enrolled students only.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context?.actor_type === "customer" && req.auth_context.actor_id ? req.auth_context.actor_id : null
  const course = await retrieveLearnableCourse(req.scope, req.params.handle, customerId)
  const lessons = orderedLessons(course)
  const index = isIdOf("lesson", req.params.lesson_id) ? lessons.findIndex((l) => l.id === req.params.lesson_id) : -1
  if (index < 0) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Lesson was not found in this course")
  const outline = lessons[index]
  if (!outline.is_preview) {
    if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to open this lesson")
    await requireActiveEnrollment(req.scope, course.id, customerId)
  }
  const lesson = await coursesService(req.scope).retrieveLesson(outline.id)
  const publicPreview = outline.is_preview && isVisible(course)
  res.json({
    lesson: {
      id: lesson.id,
      title: lesson.title,
      kind: lesson.kind,
      body: lesson.body ?? null,
      duration_seconds: lesson.duration_seconds,
      is_preview: lesson.is_preview,
      section_id: outline.section_id,
      video_url: lesson.kind === "video" && lesson.video_file_id ? mediaUrl(req.scope, lesson.id, publicPreview ? null : customerId) : null,
      previous_lesson_id: lessons[index - 1]?.id ?? null,
      next_lesson_id: lessons[index + 1]?.id ?? null,
    },
  })
}
