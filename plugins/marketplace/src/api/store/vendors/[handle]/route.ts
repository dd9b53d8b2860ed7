import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveActiveVendorByHandle } from "../../../../lib/store-vendor"

/** One active vendor by handle; 404 for unknown, pending, suspended or rejected vendors. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const vendor = await retrieveActiveVendorByHandle(req.scope, req.params.handle)
  res.json({ vendor })
}
