import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { handleImportUpload, listImports } from "../../../lib/api"
import type { ListImportsType } from "../../validators"

/** GET /vendor/catalog-imports: the vendor's own imports, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { vendor } = vendorContext(req)
  const { limit, offset } = req.validatedQuery as ListImportsType
  res.json(await listImports(req.scope, { vendor_id: vendor.id }, limit, offset))
}

/** POST /vendor/catalog-imports (multipart `file`): validates every row; 201 validated import, or 400 with every row error. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { vendor, member } = vendorContext(req)
  await handleImportUpload(req, res, vendor.id, member.id)
}
