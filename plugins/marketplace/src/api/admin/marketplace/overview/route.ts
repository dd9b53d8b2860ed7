import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import VendorProductLink from "../../../../links/vendor-product"

type Row = { kind: string; status: string; verified: boolean }

/** Operator dashboard figures: vendors by kind and status, listings per kind. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: ["id", "kind", "status", "verified"],
  })
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["vendor_id"],
  })

  const kindOf = new Map((vendors as (Row & { id: string })[]).map((v) => [v.id, v.kind]))
  const count = <K extends string>(keys: readonly K[], pick: (r: Row) => string) =>
    Object.fromEntries(keys.map((k) => [k, (vendors as Row[]).filter((v) => pick(v) === k).length])) as Record<K, number>

  res.json({
    overview: {
      vendors: {
        total: vendors.length,
        verified: (vendors as Row[]).filter((v) => v.verified).length,
        by_kind: count(["seller", "teacher"] as const, (v) => v.kind),
        by_status: count(["pending", "active", "suspended", "rejected"] as const, (v) => v.status),
      },
      listings: {
        total: links.length,
        products: links.filter((l: { vendor_id: string }) => kindOf.get(l.vendor_id) === "seller").length,
        courses: links.filter((l: { vendor_id: string }) => kindOf.get(l.vendor_id) === "teacher").length,
      },
    },
  })
}
