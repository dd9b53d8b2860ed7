import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { findCourseByHandle, orderedLessons } from "./catalog"
import { progressPercent } from "./progress"
import { coursesService } from "./students"

/* eslint-disable @typescript-eslint/no-explicit-any -- query.graph rows across links are untyped here */
type Row = Record<string, any>
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Completed lessons of an enrolment among the course's current lessons. */
export function completion(course: Row, progress: { lesson_id: string; completed_at?: unknown }[]) {
  const ids = new Set(orderedLessons(course).map((l) => l.id))
  const completed = progress.filter((p) => p.completed_at && ids.has(p.lesson_id)).length
  return { completed_lessons: completed, total_lessons: ids.size, progress_percent: progressPercent(completed, ids.size) }
}

export const enrollmentFields = (e: Row) => ({
  id: e.id,
  status: e.status,
  course_id: e.course_id,
  enrolled_at: e.enrolled_at,
  revoked_at: e.revoked_at ?? null,
  last_lesson_id: e.last_lesson_id ?? null,
  completed_at: e.completed_at ?? null,
})

/** The customer's enrolment in a course by handle (any status) with its course, or 404. */
export async function retrieveOwnCourseEnrollment(container: MedusaContainer, handle: string, customerId: string) {
  const course = await findCourseByHandle(container, handle)
  const [enrollment] = course ? await coursesService(container).listEnrollments({ course_id: course.id, customer_id: customerId }) : []
  if (!course || !enrollment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You are not enrolled in this course")
  return { course, enrollment }
}

export const certificateFields = (c: Row, courseHandle: string | null) => ({
  code: c.code,
  student_name: c.student_name,
  course_title: c.course_title,
  course_handle: courseHandle,
  teacher_name: c.teacher_name,
  issued_at: c.issued_at,
})

export const verificationUrl = (code: string) =>
  `${(process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")}/en/certificates/${code}`
