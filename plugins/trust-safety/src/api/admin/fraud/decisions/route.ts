import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fraudService } from "../../../../lib/fraud/config"
import type { AdminListFraudDecisionsType } from "../../../fraud-validators"

/** GET /admin/fraud/decisions?status=held — scored orders and reviews with the rules that fired (newest first). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as AdminListFraudDecisionsType
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.subject_type) filters.subject_type = q.subject_type
  if (q.subject_id) filters.subject_id = q.subject_id
  const [decisions, count] = await fraudService(req.scope).listAndCountFraudDecisions(filters, { take: q.limit, skip: q.offset, order: { created_at: "DESC" } })
  res.json({ decisions, count, limit: q.limit, offset: q.offset })
}
