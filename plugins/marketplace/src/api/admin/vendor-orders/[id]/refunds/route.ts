import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundVendorOrderWorkflow } from "../../../../../workflows/commission/refund-vendor-order"
import type { AdminRefundVendorOrderType } from "../../validators"

/** Refunds part of a vendor order to the customer and reverses it in the vendor's ledger. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRefundVendorOrderType>, res: MedusaResponse) => {
  const { amount, note } = req.validatedBody
  const { result } = await refundVendorOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, amount, note, created_by: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: ledger_entries } = await query.graph({
    entity: "ledger_entry",
    fields: ["id", "type", "reference", "amount", "currency_code", "available_at"],
    filters: { id: result.ledger_entry_ids },
  })
  res.status(201).json({ order_id: req.params.id, payment_id: result.payment_id, ledger_entries })
}
