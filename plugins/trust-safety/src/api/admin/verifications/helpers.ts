import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type VendorSummary = { id: string; name: string; handle: string; kind: string; status: string; verified: boolean; email: string | null }

/** Vendors by id (name, handle, kind, status, verified, e-mail) for the operator's queues. */
export async function vendorsById(container: MedusaContainer, ids: string[]): Promise<Map<string, VendorSummary>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "vendor",
    fields: ["id", "name", "handle", "kind", "status", "verified", "email"],
    filters: { id: unique },
  })
  return new Map((data as VendorSummary[]).map((v) => [v.id, v]))
}
