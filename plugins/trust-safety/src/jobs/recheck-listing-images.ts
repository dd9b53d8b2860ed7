import type { MedusaContainer } from "@medusajs/framework/types"
import { TRUST_SAFETY_MODULE } from "../modules/trust-safety"
import type TrustSafetyModuleService from "../modules/trust-safety/service"
import { checkListingImagesWorkflow } from "../workflows/moderation"

/**
 * Listings whose images are still queued (the process that queued them ended before the
 * classifier ran, e.g. a seed or an import run with `medusa exec`) are classified here, a batch at
 * a time.
 */
export default async function recheckListingImages(container: MedusaContainer) {
  const queued = await container
    .resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE)
    .listModerationCases({ image_status: "queued" }, { select: ["product_id"], take: 20, order: { updated_at: "ASC" } })
  if (!queued.length) return
  await checkListingImagesWorkflow(container).run({ input: { product_ids: queued.map((c) => c.product_id) } })
}

export const config = { name: "trust-safety-recheck-listing-images", schedule: "*/10 * * * *" }
