import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { productsOfVendor } from "../../../lib/listings"
import { TRUST_SAFETY_MODULE } from "../../../modules/trust-safety"
import type TrustSafetyModuleService from "../../../modules/trust-safety/service"

/**
 * GET /vendor/moderation: the moderation state of the vendor's listings that are held or rejected
 * (approved ones are simply live): status, the automatic reasons and the operator's reason.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { vendor } = vendorContext(req)
  const productIds = await productsOfVendor(req.scope, vendor.id)
  const cases = productIds.length
    ? await req.scope.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE).listModerationCases(
        { product_id: productIds, status: ["pending", "rejected"] },
        { select: ["id", "product_id", "listing_kind", "title", "status", "auto_verdict", "reasons", "operator_reason", "decided_at", "updated_at"], order: { updated_at: "DESC" }, take: 200 }
      )
    : []
  res.json({ cases })
}
