import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorOrder } from "../../../../../lib/vendor-orders"
import { vendorContext } from "../../../../../lib/vendor-guard"
import { shipVendorOrderWorkflow } from "../../../../../workflows/vendor-orders/ship-vendor-order"
import type { VendorShipOrderType } from "../../validators"

/** Marks the vendor order shipped with carrier and tracking number (fulfilling what is left first). */
export const POST = async (req: MedusaRequest<VendorShipOrderType>, res: MedusaResponse) => {
  await shipVendorOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, created_by: vendorContext(req).member.id },
  })
  res.json({ order: await retrieveVendorOrder(req.scope, req.params.id) })
}
