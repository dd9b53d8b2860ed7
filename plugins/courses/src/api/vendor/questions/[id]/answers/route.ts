import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { createAnswerWorkflow } from "../../../../../workflows/qa"
import type { VendorAnswerQuestionType } from "../../validators"

/** The teacher answers a question on one of its courses (the guard checked :id); the answer is marked. */
export const POST = async (req: MedusaRequest<VendorAnswerQuestionType>, res: MedusaResponse) => {
  const { vendor, member } = vendorContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [row] } = await query.graph({ entity: "vendor", fields: ["name"], filters: { id: vendor.id } })
  const { result } = await createAnswerWorkflow(req.scope).run({
    input: {
      question_id: req.params.id,
      body: req.validatedBody.body,
      author: { author_type: "vendor", author_id: member.id, author_name: row?.name ?? vendor.handle },
    },
  })
  res.status(201).json({
    answer: {
      id: result.id,
      question_id: req.params.id,
      body: result.body,
      author_name: result.author_name,
      is_teacher: result.is_teacher,
      created_at: result.created_at,
    },
  })
}
