import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveImport, startImport } from "../../../../../lib/api"

/** POST /admin/catalog-imports/:id/start: 202, queued. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await retrieveImport(req.scope, req.params.id)
  res.status(202).json({ import: await startImport(req.scope, req.params.id) })
}
