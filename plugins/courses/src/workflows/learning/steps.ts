import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findCourseById, orderedLessons } from "../../lib/catalog"
import { isWatchedEnough, newCertificateCode, progressPercent } from "../../lib/progress"
import { coursesService, studentFullName } from "../../lib/students"

const isUniqueViolation = (e: unknown) => e instanceof Error && /unique|already exists|duplicate/i.test(e.message)

export type RecordProgressInput = {
  enrollment_id: string
  customer_id: string
  lesson_id: string
  seconds_watched?: number
  position_seconds?: number
  completed?: boolean
}

/** The customer's own enrolment (404 otherwise), active (403), and the lesson of its course (400). */
export const checkProgressInputStep = createStep("courses-check-progress-input", async (input: RecordProgressInput, { container }) => {
  const service = coursesService(container)
  const [enrollment] = await service.listEnrollments({ id: input.enrollment_id, customer_id: input.customer_id })
  if (!enrollment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Enrollment ${input.enrollment_id} was not found`)
  if (enrollment.status !== "active") throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your access to this course was revoked")
  const [lesson] = await service.listLessons({ id: input.lesson_id, course_id: enrollment.course_id })
  if (!lesson) throw new MedusaError(MedusaError.Types.INVALID_DATA, "lesson_id is not a lesson of this course")
  return new StepResponse({
    enrollment_id: enrollment.id,
    course_id: enrollment.course_id,
    lesson: { id: lesson.id, kind: lesson.kind as string, duration_seconds: lesson.duration_seconds ?? 0 },
  })
})

type ProgressUndo = { created?: string; previous?: { id: string; seconds_watched: number; position_seconds: number; completed_at: Date | null } }

/**
 * Upserts the lesson's progress: seconds watched only grow (capped at the duration), the position is
 * where to resume, completion is kept once reached. Compensation restores the previous row.
 */
export const upsertLessonProgressStep = createStep(
  "courses-upsert-lesson-progress",
  async (
    input: {
      enrollment_id: string
      course_id: string
      lesson: { id: string; kind: string; duration_seconds: number }
      seconds_watched?: number
      position_seconds?: number
      completed?: boolean
    },
    { container }
  ) => {
    const service = coursesService(container)
    const { lesson } = input
    const cap = (n: number) => (lesson.duration_seconds > 0 ? Math.min(n, lesson.duration_seconds) : n)
    const undo: ProgressUndo = {}
    const write = async (existing?: { id: string; seconds_watched: number; position_seconds: number; completed_at?: Date | string | null }) => {
      const seconds = Math.max(existing?.seconds_watched ?? 0, cap(input.seconds_watched ?? 0))
      const position = input.position_seconds !== undefined ? cap(input.position_seconds) : (existing?.position_seconds ?? 0)
      const complete = !!existing?.completed_at || input.completed === true || isWatchedEnough(lesson.kind, lesson.duration_seconds, seconds)
      const completedAt = existing?.completed_at ? new Date(existing.completed_at) : complete ? new Date() : null
      if (existing) {
        undo.previous = {
          id: existing.id,
          seconds_watched: existing.seconds_watched,
          position_seconds: existing.position_seconds,
          completed_at: existing.completed_at ? new Date(existing.completed_at) : null,
        }
        return service.updateLessonProgresses({ id: existing.id, seconds_watched: seconds, position_seconds: position, completed_at: completedAt })
      }
      const created = await service.createLessonProgresses({
        enrollment_id: input.enrollment_id,
        course_id: input.course_id,
        lesson_id: lesson.id,
        seconds_watched: seconds,
        position_seconds: position,
        completed_at: completedAt,
      })
      undo.created = created.id
      return created
    }
    const find = async () => (await service.listLessonProgresses({ enrollment_id: input.enrollment_id, lesson_id: lesson.id }))[0]
    let row
    try {
      row = await write(await find())
    } catch (e) {
      // two reports of a first view at once: the other created the row, so update it
      if (!isUniqueViolation(e)) throw e
      row = await write(await find())
    }
    return new StepResponse(
      { lesson_id: row.lesson_id, seconds_watched: row.seconds_watched, position_seconds: row.position_seconds, completed_at: row.completed_at ?? null },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = coursesService(container)
    if (undo.created) await service.deleteLessonProgresses(undo.created)
    if (undo.previous) await service.updateLessonProgresses(undo.previous)
  }
)

/**
 * Recomputes the enrolment: where to resume (`last_lesson_id`), completion %, `completed_at` at 100 %.
 * Compensation restores both fields.
 */
export const updateEnrollmentProgressStep = createStep(
  "courses-update-enrollment-progress",
  async (input: { enrollment_id: string; course_id: string; lesson_id: string }, { container }) => {
    const service = coursesService(container)
    const before = await service.retrieveEnrollment(input.enrollment_id)
    const course = await findCourseById(container, input.course_id)
    const lessonIds = new Set(orderedLessons(course ?? {}).map((l) => l.id))
    const rows = await service.listLessonProgresses({ enrollment_id: input.enrollment_id })
    const done = rows.filter((r) => r.completed_at && lessonIds.has(r.lesson_id)).length
    const percent = progressPercent(done, lessonIds.size)
    const completedAt = before.completed_at ?? (percent === 100 ? new Date() : null)
    const after = await service.updateEnrollments({ id: input.enrollment_id, last_lesson_id: input.lesson_id, completed_at: completedAt })
    return new StepResponse(
      {
        progress_percent: percent,
        completed_lessons: done,
        total_lessons: lessonIds.size,
        completed_at: after.completed_at ?? null,
        last_lesson_id: after.last_lesson_id ?? null,
      },
      { id: before.id, last_lesson_id: before.last_lesson_id, completed_at: before.completed_at }
    )
  },
  async (undo, { container }) => {
    if (undo) await coursesService(container).updateEnrollments(undo)
  }
)

/**
 * At 100 %: the enrolment's one certificate, with the names as they are now. Exists already → that
 * one (also when a concurrent request issued it first). Compensation deletes a certificate it issued.
 */
export const issueCertificateStep = createStep(
  "courses-issue-certificate",
  async (input: { enrollment_id: string; progress_percent: number }, { container }) => {
    const service = coursesService(container)
    const [existing] = await service.listCertificates({ enrollment_id: input.enrollment_id })
    if (existing) return new StepResponse({ code: existing.code } as { code: string } | null, null as string | null)
    if (input.progress_percent < 100) return new StepResponse(null as { code: string } | null, null as string | null)
    const enrollment = await service.retrieveEnrollment(input.enrollment_id)
    const course = await findCourseById(container, enrollment.course_id)
    const studentName = await studentFullName(container, enrollment.customer_id)
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const cert = await service.createCertificates({
          code: newCertificateCode(),
          enrollment_id: enrollment.id,
          course_id: enrollment.course_id,
          customer_id: enrollment.customer_id,
          student_name: studentName,
          course_title: course?.title ?? "",
          teacher_name: course?.product?.vendor?.name ?? "",
          issued_at: new Date(),
        })
        return new StepResponse({ code: cert.code } as { code: string } | null, cert.id as string | null)
      } catch (e) {
        if (!isUniqueViolation(e)) throw e
        const [raced] = await service.listCertificates({ enrollment_id: input.enrollment_id })
        if (raced) return new StepResponse({ code: raced.code } as { code: string } | null, null as string | null)
        // a code collision (60 random bits): try another code
      }
    }
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Could not issue a certificate code")
  },
  async (id, { container }) => {
    if (id) await coursesService(container).deleteCertificates(id)
  }
)
