import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"

export type LessonInput = {
  title: string
  kind: "video" | "text"
  duration_seconds?: number
  is_preview?: boolean
  body?: string | null
  video_file_id?: string | null
  video_mime_type?: string | null
  video_size?: number | null
}

export type CourseRecordInput = {
  handle: string
  title: string
  subtitle?: string | null
  level?: "beginner" | "intermediate" | "advanced" | "all"
  language?: string
  outcomes?: string[]
  requirements?: string[]
  status?: "draft" | "published"
  sections?: { title: string; lessons?: LessonInput[] }[]
}

/**
 * Creates courses with their sections and lessons (ranks follow the given order).
 * Compensation deletes them (sections and lessons cascade).
 */
export const createCourseRecordsStep = createStep(
  "create-course-records",
  async (courses: CourseRecordInput[], { container }) => {
    const service = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const created: { id: string; handle: string }[] = []
    try {
      for (const input of courses) {
        const { sections = [], ...fields } = input
        const lessonsCount = sections.reduce((n, s) => n + (s.lessons?.length ?? 0), 0)
        if (fields.status === "published" && lessonsCount === 0) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "A course needs at least one lesson before it can be published")
        }
        const course = await service.createCourses({
          ...fields,
          published_at: fields.status === "published" ? new Date() : null,
        })
        created.push({ id: course.id, handle: course.handle })
        for (const [rank, section] of sections.entries()) {
          const sec = await service.createCourseSections({ title: section.title, rank, course_id: course.id })
          const lessons = (section.lessons ?? []).map((l, i) => ({ ...l, rank: i, course_id: course.id, section_id: sec.id }))
          if (lessons.length) await service.createLessons(lessons)
        }
      }
    } catch (e) {
      if (created.length) await service.deleteCourses(created.map((c) => c.id))
      throw e
    }
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CoursesModuleService>(COURSES_MODULE).deleteCourses(ids)
  }
)
