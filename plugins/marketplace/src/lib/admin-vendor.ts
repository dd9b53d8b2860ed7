import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const ADMIN_VENDOR_FIELDS = [
  "id", "handle", "name", "kind", "status", "status_reason", "verified", "description", "logo", "email", "phone",
  "country_code", "currency_code", "created_at", "updated_at", "members.id", "members.email", "members.name", "members.role",
]

export async function retrieveAdminVendor(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [vendor] } = await query.graph({ entity: "vendor", fields: [...ADMIN_VENDOR_FIELDS, "products.id"], filters: { id } })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor with id: ${id} was not found`)
  }
  const { products, ...rest } = vendor as typeof vendor & { products?: unknown[] }
  return { ...rest, product_count: products?.length ?? 0 }
}

