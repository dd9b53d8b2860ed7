import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startImport } from "../../../../../lib/api"

/** POST /vendor/catalog-imports/:id/start: 202, the import is queued; poll GET /vendor/catalog-imports/:id. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  res.status(202).json({ import: await startImport(req.scope, req.params.id) })
}
