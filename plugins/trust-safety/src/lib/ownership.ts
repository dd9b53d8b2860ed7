import type { MedusaContainer } from "@medusajs/framework/types"
import { TRUST_SAFETY_MODULE } from "../modules/trust-safety"
import type TrustSafetyModuleService from "../modules/trust-safety/service"
import { vendorsOfProducts } from "./listings"

type Ownership = (container: MedusaContainer, vendorId: string, ids: string[]) => Promise<Set<string>>

/** How this plugin's ids resolve to a vendor, for the marketplace's /vendor guard. */
export const TRUST_SAFETY_OWNERSHIP: Record<string, Ownership> = {
  vdoc: async (c, vendorId, ids) => {
    const docs = await c.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE).listVerificationDocuments({ id: ids, vendor_id: vendorId }, { select: ["id"] })
    return new Set(docs.map((d) => d.id))
  },
  // a moderation case belongs to the vendor of its listing
  modc: async (c, vendorId, ids) => {
    const cases = await c.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE).listModerationCases({ id: ids }, { select: ["id", "product_id"] })
    const owners = await vendorsOfProducts(c, cases.map((x) => x.product_id))
    return new Set(cases.filter((x) => owners.get(x.product_id) === vendorId).map((x) => x.id))
  },
}
