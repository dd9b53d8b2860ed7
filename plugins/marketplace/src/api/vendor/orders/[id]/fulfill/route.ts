import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorOrder } from "../../../../../lib/vendor-orders"
import { vendorContext } from "../../../../../lib/vendor-guard"
import { fulfillVendorOrderWorkflow } from "../../../../../workflows/vendor-orders/fulfill-vendor-order"

/** Packs the vendor order (a fulfillment of everything not yet fulfilled); POST …/ship sends it. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await fulfillVendorOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, created_by: vendorContext(req).member.id } })
  res.json({ order: await retrieveVendorOrder(req.scope, req.params.id) })
}
