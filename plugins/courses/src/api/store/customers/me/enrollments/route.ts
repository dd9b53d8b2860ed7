import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COURSE_FIELDS } from "../../../../../lib/catalog"
import { completion } from "../../../../../lib/learning"
import { coursesService } from "../../../../../lib/students"

/** "My courses": the customer's enrolments with progress and certificate. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const service = coursesService(req.scope)
  const enrollments = await service.listEnrollments({ customer_id: customerId }, { order: { enrolled_at: "DESC" } })
  if (!enrollments.length) {
    res.json({ enrollments: [] })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: courses } = await query.graph({ entity: "course", fields: COURSE_FIELDS, filters: { id: enrollments.map((e) => e.course_id) } })
  const courseById = new Map((courses as Record<string, unknown>[]).map((c) => [c.id as string, c]))
  const ids = enrollments.map((e) => e.id)
  const progress = await service.listLessonProgresses({ enrollment_id: ids }, { select: ["id", "lesson_id", "completed_at", "enrollment_id"] })
  const certificates = await service.listCertificates({ enrollment_id: ids })
  res.json({
    enrollments: enrollments
      .filter((e) => courseById.has(e.course_id))
      .map((e) => {
        const course = courseById.get(e.course_id) as Record<string, unknown> & { product?: { thumbnail?: string | null } }
        const mine = progress.filter((p) => (p as unknown as { enrollment_id: string }).enrollment_id === e.id)
        return {
          id: e.id,
          status: e.status,
          course: { id: course.id, handle: course.handle, title: course.title, thumbnail: course.product?.thumbnail ?? null },
          ...completion(course, mine),
          last_lesson_id: e.last_lesson_id ?? null,
          enrolled_at: e.enrolled_at,
          completed_at: e.completed_at ?? null,
          certificate_code: certificates.find((c) => c.enrollment_id === e.id)?.code ?? null,
        }
      }),
  })
}
