import type { Ownership } from "@vitrina/marketplace/lib/vendor-guard"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Which of the given import ids (`cimp_…`) belong to the vendor. */
export const ownedImports: Ownership = async (c, vendorId, ids) => {
  const { data } = await c.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "catalog_import",
    fields: ["id"],
    filters: { id: ids, vendor_id: vendorId },
  })
  return new Set((data as { id: string }[]).map((r) => r.id))
}
