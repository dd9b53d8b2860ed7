import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRUST_SAFETY_MODULE } from "../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../modules/trust-safety/service"
import { vendorsById } from "./helpers"

type Query = { status?: string; limit: number; offset: number }

/** GET /admin/verifications?status=pending: the operator's verification queue (oldest submission first). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as Query
  const svc = req.scope.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE)
  const [rows, count] = await svc.listAndCountVendorVerifications(q.status ? { status: q.status as never } : {}, {
    take: q.limit,
    skip: q.offset,
    order: { submitted_at: "ASC", created_at: "ASC" },
    relations: ["documents"],
  })
  const vendors = await vendorsById(req.scope, rows.map((r) => r.vendor_id))
  res.json({
    verifications: rows.map(({ documents, ...v }) => ({ ...v, documents_count: documents?.length ?? 0, vendor: vendors.get(v.vendor_id) ?? null })),
    count,
    limit: q.limit,
    offset: q.offset,
  })
}
