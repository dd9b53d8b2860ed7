import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { COURSES_MODULE } from "../modules/courses"
import type CoursesModuleService from "../modules/courses/service"

export type CurriculumSection = { id: string; title: string; rank: number }
export type CurriculumLesson = {
  id: string
  title: string
  kind: "video" | "text"
  rank: number
  section_id: string
  video_file_id: string | null
}
export type Curriculum = {
  course: { id: string; status: "draft" | "published"; handle: string; title: string }
  /** In curriculum order. */
  sections: CurriculumSection[]
  /** In curriculum order (section rank, then lesson rank). */
  lessons: CurriculumLesson[]
}

/** A course with its sections and lessons in curriculum order: three queries whatever the size. */
export async function loadCurriculum(container: MedusaContainer, courseId: string): Promise<Curriculum> {
  const service = container.resolve<CoursesModuleService>(COURSES_MODULE)
  const [course] = await service.listCourses({ id: courseId }, { select: ["id", "status", "handle", "title"] })
  if (!course) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Course ${courseId} was not found`)
  }
  const sections = (await service.listCourseSections(
    { course_id: courseId } as never,
    { select: ["id", "title", "rank", "created_at"], order: { rank: "ASC", created_at: "ASC" } }
  )) as unknown as CurriculumSection[]
  const lessons = (await service.listLessons(
    { course_id: courseId },
    { select: ["id", "title", "kind", "rank", "section_id", "video_file_id", "created_at"], order: { rank: "ASC", created_at: "ASC" } }
  )) as unknown as CurriculumLesson[]
  const sectionOrder = new Map(sections.map((s, i) => [s.id, i]))
  const ordered = lessons
    .filter((l) => sectionOrder.has(l.section_id))
    .sort((a, b) => sectionOrder.get(a.section_id)! - sectionOrder.get(b.section_id)! || a.rank - b.rank)
  return { course: course as Curriculum["course"], sections, lessons: ordered }
}

/** A section of this course, or 404 (the guard checked the vendor; this checks the course). */
export function sectionOf(c: Curriculum, sectionId: string, asBody = false): CurriculumSection {
  const section = c.sections.find((s) => s.id === sectionId)
  if (!section) {
    throw asBody
      ? new MedusaError(MedusaError.Types.INVALID_DATA, `Section ${sectionId} is not a section of this course`)
      : new MedusaError(MedusaError.Types.NOT_FOUND, `Section ${sectionId} was not found in this course`)
  }
  return section
}

export function lessonOf(c: Curriculum, lessonId: string): CurriculumLesson {
  const lesson = c.lessons.find((l) => l.id === lessonId)
  if (!lesson) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lesson ${lessonId} was not found in this course`)
  }
  return lesson
}

const list = (ids: string[]) => ids.slice(0, 5).join(", ") + (ids.length > 5 ? `, … (${ids.length} in all)` : "")
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Checks that the new order names exactly the course's sections and each of its lessons once. */
export function planCurriculumOrder(c: Curriculum, order: { id: string; lesson_ids: string[] }[]) {
  const sectionIds = new Set(c.sections.map((s) => s.id))
  const lessonIds = new Set(c.lessons.map((l) => l.id))
  const seenSections = new Set<string>()
  const seenLessons = new Set<string>()
  for (const s of order) {
    if (seenSections.has(s.id)) throw invalid(`Section ${s.id} is named more than once`)
    if (!sectionIds.has(s.id)) throw invalid(`Section ${s.id} is not a section of this course`)
    seenSections.add(s.id)
    for (const id of s.lesson_ids) {
      if (seenLessons.has(id)) throw invalid(`Lesson ${id} is named more than once`)
      if (!lessonIds.has(id)) throw invalid(`Lesson ${id} is not a lesson of this course`)
      seenLessons.add(id)
    }
  }
  const missingSections = [...sectionIds].filter((id) => !seenSections.has(id))
  if (missingSections.length) throw invalid(`The new order must name every section of the course; missing: ${list(missingSections)}`)
  const missingLessons = [...lessonIds].filter((id) => !seenLessons.has(id))
  if (missingLessons.length) throw invalid(`The new order must name every lesson of the course; missing: ${list(missingLessons)}`)
  return {
    sections: order.map((s, rank) => ({ id: s.id, rank })) as ({ id: string } & Record<string, unknown>)[],
    lessons: order.flatMap((s) => s.lesson_ids.map((id, rank) => ({ id, rank, section_id: s.id }))) as ({ id: string } & Record<string, unknown>)[],
  }
}
