import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { recordLessonProgressWorkflow } from "../../../../../../../workflows/learning"
import { isIdOf } from "../../../../../../../lib/zod"
import type { StoreRecordProgressType } from "../../../../../validators"

/** Records watching / reading a lesson of the customer's own enrolment. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRecordProgressType>, res: MedusaResponse) => {
  if (!isIdOf("enrol", req.params.id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Enrollment was not found")
  const { result } = await recordLessonProgressWorkflow(req.scope).run({
    input: { ...req.validatedBody, enrollment_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({
    progress: result.progress,
    enrollment: {
      id: req.params.id,
      progress_percent: result.enrollment.progress_percent,
      completed_lessons: result.enrollment.completed_lessons,
      total_lessons: result.enrollment.total_lessons,
      completed_at: result.enrollment.completed_at,
      last_lesson_id: result.enrollment.last_lesson_id,
    },
    certificate: result.certificate,
  })
}
