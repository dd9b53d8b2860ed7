import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRUST_SAFETY_MODULE } from "../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../modules/trust-safety/service"
import { listingsById } from "./helpers"

type Query = { status?: "approved" | "pending" | "rejected"; limit: number; offset: number }

/** GET /admin/moderation-cases?status=pending: the manual queue (oldest first) with each listing and its vendor. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as Query
  const svc = req.scope.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE)
  const [cases, count] = await svc.listAndCountModerationCases(q.status ? { status: q.status } : {}, {
    take: q.limit,
    skip: q.offset,
    order: { updated_at: q.status === "pending" ? "ASC" : "DESC" },
  })
  const listings = await listingsById(req.scope, cases.map((c) => c.product_id))
  res.json({ cases: cases.map((c) => ({ ...c, listing: listings.get(c.product_id) ?? null })), count, limit: q.limit, offset: q.offset })
}
