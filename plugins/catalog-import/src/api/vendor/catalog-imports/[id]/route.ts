import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentImport, retrieveImport } from "../../../../lib/api"

/** GET /vendor/catalog-imports/:id (the guard has checked the import is the vendor's). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ import: presentImport(await retrieveImport(req.scope, req.params.id)) })
}
