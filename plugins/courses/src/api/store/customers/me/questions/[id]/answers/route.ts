import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { questionCourse } from "../../../../../../../lib/qa"
import { createAnswerWorkflow } from "../../../../../../../workflows/qa"
import type { StoreCreateAnswerType } from "../../../../../validators"

/** An enrolled student answers a question of the course (not marked as the teacher's). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateAnswerType>, res: MedusaResponse) => {
  await questionCourse(req.scope, req.params.id)
  const { result } = await createAnswerWorkflow(req.scope).run({
    input: {
      question_id: req.params.id,
      body: req.validatedBody.body,
      author: { author_type: "customer", author_id: req.auth_context.actor_id },
    },
  })
  res.status(201).json({
    answer: { id: result.id, body: result.body, author_name: result.author_name, is_teacher: result.is_teacher, created_at: result.created_at },
  })
}
