import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { certificateFields } from "../../../../lib/learning"
import { normaliseCode } from "../../../../lib/progress"
import { coursesService } from "../../../../lib/students"

/** Public verification of a certificate by its code. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const code = normaliseCode(req.params.code)
  const service = coursesService(req.scope)
  const [certificate] = code ? await service.listCertificates({ code }) : []
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No certificate has this code")
  const [course] = await service.listCourses({ id: certificate.course_id }, { select: ["id", "handle"] })
  res.json({ certificate: certificateFields(certificate, course?.handle ?? null) })
}
