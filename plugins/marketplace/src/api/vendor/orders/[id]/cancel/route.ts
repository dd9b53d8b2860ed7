import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { retrieveVendorOrder } from "../../../../../lib/vendor-orders"
import { vendorContext } from "../../../../../lib/vendor-guard"

/**
 * The vendor cancels its order (Medusa refuses once something was fulfilled): its stock is released
 * and the ledger posts the reversing entries (order.canceled subscriber).
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await cancelOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, canceled_by: vendorContext(req).member.id } })
  res.json({ order: await retrieveVendorOrder(req.scope, req.params.id) })
}
