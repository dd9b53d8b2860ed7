import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { renderCertificatePdf } from "../../../../../../../lib/certificate-pdf"
import { verificationUrl } from "../../../../../../../lib/learning"
import { normaliseCode } from "../../../../../../../lib/progress"
import { coursesService } from "../../../../../../../lib/students"

/** The customer's own certificate as a PDF (another customer's code: 404, as if it did not exist). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const code = normaliseCode(req.params.code)
  const [certificate] = code
    ? await coursesService(req.scope).listCertificates({ code, customer_id: req.auth_context.actor_id })
    : []
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No certificate of yours has this code")
  const pdf = await renderCertificatePdf({
    code: certificate.code,
    student_name: certificate.student_name,
    course_title: certificate.course_title,
    teacher_name: certificate.teacher_name,
    issued_at: certificate.issued_at,
    verification_url: verificationUrl(certificate.code),
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="certificate-${certificate.code}.pdf"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.setHeader("Cache-Control", "private, no-store")
  res.end(pdf)
}
