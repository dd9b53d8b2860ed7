import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isIdOf } from "../../../../../lib/zod"
import { reviews } from "../../../../../lib/queries"
import { setReviewStatusWorkflow } from "../../../../../workflows"
import type { AdminSetReviewStatus } from "../../../../validators"

/** POST /admin/reviews/:id/status — an operator publishes, hides or rejects a review. */
export const POST = async (req: MedusaRequest<AdminSetReviewStatus>, res: MedusaResponse) => {
  const id = req.params.id
  const exists = isIdOf("rev", id) && (await reviews(req.scope).listReviews({ id }, { take: 1, select: ["id"] })).length > 0
  if (!exists) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${String(id).slice(0, 100)} was not found`)
  const { result } = await setReviewStatusWorkflow(req.scope).run({
    input: { review_id: id, status: req.validatedBody.status, reason: req.validatedBody.reason ?? null },
  })
  res.json({ review: { id: result.id, status: result.status, product_id: result.product_id } })
}
