import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorContext } from "../../../lib/vendor-guard"
import type { VendorListOrdersType } from "../orders/validators"

/** The vendor's ledger: sales, commission, reversals and payouts, newest first. */
export const GET = async (req: MedusaRequest<unknown, VendorListOrdersType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as VendorListOrdersType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: entries, metadata } = await query.graph({
    entity: "ledger_entry",
    fields: ["id", "type", "amount", "currency_code", "order_id", "reference", "available_at", "created_at"],
    filters: { vendor_id: vendorContext(req).vendor.id },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ entries, count: metadata?.count ?? entries.length, limit, offset })
}
