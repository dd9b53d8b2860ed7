import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { coursesService } from "./students"

/* eslint-disable @typescript-eslint/no-explicit-any -- rows of query.graph across links are untyped without generated types */
type Row = Record<string, any>
/* eslint-enable @typescript-eslint/no-explicit-any */

export const COURSE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "level",
  "language",
  "outcomes",
  "requirements",
  "status",
  "published_at",
  "sections.id",
  "sections.title",
  "sections.rank",
  "sections.lessons.id",
  "sections.lessons.title",
  "sections.lessons.kind",
  "sections.lessons.rank",
  "sections.lessons.duration_seconds",
  "sections.lessons.is_preview",
  "product.id",
  "product.status",
  "product.title",
  "product.description",
  "product.thumbnail",
  "product.vendor.id",
  "product.vendor.handle",
  "product.vendor.name",
  "product.vendor.description",
  "product.vendor.logo",
  "product.vendor.verified",
  "product.vendor.status",
]

export type CurriculumLesson = { id: string; title: string; kind: string; duration_seconds: number; is_preview: boolean; section_id: string }

/** Sections by rank, each with its lessons by rank. */
export function curriculum(course: Row) {
  const rank = (a: Row, b: Row) => (a.rank ?? 0) - (b.rank ?? 0) || String(a.id).localeCompare(String(b.id))
  return [...((course.sections ?? []) as Row[])].sort(rank).map((s) => ({
    id: s.id as string,
    title: s.title as string,
    lessons: [...((s.lessons ?? []) as Row[])].sort(rank).map(
      (l): CurriculumLesson => ({
        id: l.id,
        title: l.title,
        kind: l.kind,
        duration_seconds: l.duration_seconds ?? 0,
        is_preview: !!l.is_preview,
        section_id: s.id,
      })
    ),
  }))
}

/** Every lesson in curriculum order. */
export const orderedLessons = (course: Row): CurriculumLesson[] => curriculum(course).flatMap((s) => s.lessons)

export const isVisible = (course: Row) => course.status === "published" && course.product?.status === "published"

function teacherOf(course: Row) {
  const v = course.product?.vendor
  return v
    ? { id: v.id, handle: v.handle, name: v.name, description: v.description ?? null, logo: v.logo ?? null, verified: !!v.verified }
    : null
}

export async function studentsCount(container: MedusaContainer, courseIds: string[]) {
  const counts = new Map<string, number>()
  if (!courseIds.length) return counts
  const service = coursesService(container)
  await Promise.all(
    [...new Set(courseIds)].map(async (id) => {
      const [, count] = await service.listAndCountEnrollments({ course_id: id, status: "active" }, { take: 1, select: ["id"] })
      counts.set(id, count)
    })
  )
  return counts
}

export function courseSummary(course: Row, students = 0) {
  const lessons = orderedLessons(course)
  return {
    id: course.id,
    handle: course.handle,
    title: course.title,
    subtitle: course.subtitle ?? null,
    level: course.level,
    language: course.language,
    thumbnail: course.product?.thumbnail ?? null,
    product_id: course.product?.id ?? null,
    teacher: teacherOf(course),
    lessons_count: lessons.length,
    duration_seconds: lessons.reduce((n, l) => n + l.duration_seconds, 0),
    students_count: students,
    published_at: course.published_at ?? null,
  }
}

export function courseDetail(course: Row, students = 0) {
  const sections = curriculum(course)
  const lessons = sections.flatMap((s) => s.lessons)
  return {
    id: course.id,
    handle: course.handle,
    title: course.title,
    subtitle: course.subtitle ?? null,
    description: course.product?.description ?? null,
    thumbnail: course.product?.thumbnail ?? null,
    level: course.level,
    language: course.language,
    outcomes: course.outcomes ?? [],
    requirements: course.requirements ?? [],
    published_at: course.published_at ?? null,
    product_id: course.product?.id ?? null,
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title,
      lessons: s.lessons.map(({ id, title, kind, duration_seconds, is_preview }) => ({ id, title, kind, duration_seconds, is_preview })),
    })),
    lessons_count: lessons.length,
    duration_seconds: lessons.reduce((n, l) => n + l.duration_seconds, 0),
    students_count: students,
    teacher: teacherOf(course),
  }
}

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A course by handle with its curriculum, product and teacher (any status), or null. */
export async function findCourseByHandle(container: MedusaContainer, handle: string): Promise<Row | null> {
  if (typeof handle !== "string" || handle.length > 200 || !HANDLE.test(handle)) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "course", fields: COURSE_FIELDS, filters: { handle } })
  return (data[0] as Row) ?? null
}

export async function findCourseById(container: MedusaContainer, id: string): Promise<Row | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "course", fields: COURSE_FIELDS, filters: { id } })
  return (data[0] as Row) ?? null
}

/** A course the store shows (published, product published), or 404. */
export async function retrieveVisibleCourse(container: MedusaContainer, handle: string): Promise<Row> {
  const course = await findCourseByHandle(container, handle)
  if (!course || !isVisible(course)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Course ${String(handle).slice(0, 100)} was not found`)
  }
  return course
}

/**
 * A course for learning: a visible course, or — for a student with an active enrolment — one that was
 * unpublished after they bought it (students keep what they paid for). Otherwise 404.
 */
export async function retrieveLearnableCourse(container: MedusaContainer, handle: string, customerId: string | null): Promise<Row> {
  const course = await findCourseByHandle(container, handle)
  if (course && isVisible(course)) return course
  if (course && customerId) {
    const active = await coursesService(container).listEnrollments({ course_id: course.id, customer_id: customerId, status: "active" })
    if (active.length) return course
  }
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `Course ${String(handle).slice(0, 100)} was not found`)
}
