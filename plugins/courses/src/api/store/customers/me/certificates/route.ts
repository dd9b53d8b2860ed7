import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { certificateFields, verificationUrl } from "../../../../../lib/learning"
import { coursesService } from "../../../../../lib/students"

/** The customer's certificates, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = coursesService(req.scope)
  const certificates = await service.listCertificates({ customer_id: req.auth_context.actor_id }, { order: { issued_at: "DESC" } })
  const courses = certificates.length ? await service.listCourses({ id: certificates.map((c) => c.course_id) }, { select: ["id", "handle"] }) : []
  const handleOf = new Map(courses.map((c) => [c.id, c.handle]))
  res.json({
    certificates: certificates.map((c) => ({
      ...certificateFields(c, handleOf.get(c.course_id) ?? null),
      verification_url: verificationUrl(c.code),
    })),
  })
}
