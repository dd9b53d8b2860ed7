import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courseDetail, studentsCount } from "../../../../../../lib/catalog"
import { certificateFields, completion, enrollmentFields, retrieveOwnCourseEnrollment } from "../../../../../../lib/learning"
import { coursesService } from "../../../../../../lib/students"

/** The learning page: the customer's enrolment (also when revoked, to show it), curriculum and progress. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { course, enrollment } = await retrieveOwnCourseEnrollment(req.scope, req.params.handle, req.auth_context.actor_id)
  const service = coursesService(req.scope)
  const progress = await service.listLessonProgresses({ enrollment_id: enrollment.id })
  const [certificate] = await service.listCertificates({ enrollment_id: enrollment.id })
  const counts = await studentsCount(req.scope, [course.id])
  res.json({
    enrollment: enrollmentFields(enrollment),
    course: courseDetail(course, counts.get(course.id) ?? 0),
    progress: progress.map((p) => ({
      lesson_id: p.lesson_id,
      seconds_watched: p.seconds_watched,
      position_seconds: p.position_seconds,
      completed_at: p.completed_at ?? null,
    })),
    ...completion(course, progress),
    certificate: certificate ? certificateFields(certificate, course.handle) : null,
  })
}
