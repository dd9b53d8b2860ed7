import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_VENDOR_FIELDS } from "../../../lib/vendor-fields"
import type { StoreListVendorsType } from "./validators"

/** Lists active vendors (sellers and teachers). */
export const GET = async (req: MedusaRequest<unknown, StoreListVendorsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { kind, q, limit, offset } = req.validatedQuery as StoreListVendorsType

  const filters: Record<string, unknown> = { status: "active" }
  if (kind) {
    filters.kind = kind
  }
  if (q) {
    filters.q = q
  }

  const { data: vendors, metadata } = await query.graph({
    entity: "vendor",
    fields: [...PUBLIC_VENDOR_FIELDS],
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })

  res.json({ vendors, count: metadata?.count ?? vendors.length, limit, offset })
}
