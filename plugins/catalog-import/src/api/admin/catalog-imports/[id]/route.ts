import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentImport, retrieveImport } from "../../../../lib/api"

/** GET /admin/catalog-imports/:id */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ import: presentImport(await retrieveImport(req.scope, req.params.id)) })
}
