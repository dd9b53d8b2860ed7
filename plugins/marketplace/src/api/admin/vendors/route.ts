import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListVendorsType } from "./validators"

/** Operator list of vendors with filters; includes contact data and product counts. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListVendorsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { kind, status, q, limit, offset } = req.validatedQuery as AdminListVendorsType
  const filters: Record<string, unknown> = {}
  if (kind) filters.kind = kind
  if (status) filters.status = status
  if (q) filters.q = q

  const { data, metadata } = await query.graph({
    entity: "vendor",
    fields: [
      "id", "handle", "name", "kind", "status", "verified", "email", "phone",
      "country_code", "currency_code", "created_at", "products.id",
    ],
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })

  const vendors = data.map(({ products, ...vendor }: { products?: unknown[] } & Record<string, unknown>) => ({
    ...vendor,
    product_count: products?.length ?? 0,
  }))
  res.json({ vendors, count: metadata?.count ?? vendors.length, limit, offset })
}
