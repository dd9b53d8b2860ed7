import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { TRUST_SAFETY_MODULE } from "../../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../../modules/trust-safety/service"
import { listingsById } from "../helpers"

/** GET /admin/moderation-cases/:id: reasons, scores, images and the listing. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [c] = await req.scope.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE).listModerationCases({ id: req.params.id })
  if (!c) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Moderation case ${req.params.id} was not found`)
  const listings = await listingsById(req.scope, [c.product_id])
  res.json({ case: { ...c, listing: listings.get(c.product_id) ?? null } })
}
