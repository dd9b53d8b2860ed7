import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { handleImportUpload, listImports } from "../../../lib/api"
import type { AdminListImportsType } from "../../validators"

/** GET /admin/catalog-imports[?vendor_id=]: every vendor's imports, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, vendor_id } = req.validatedQuery as AdminListImportsType
  res.json(await listImports(req.scope, vendor_id ? { vendor_id } : {}, limit, offset))
}

/** POST /admin/catalog-imports (multipart `file` + `vendor_id`): an import into that vendor's catalogue. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { vendor_id } = req.body as { vendor_id: string }
  const { data: [vendor] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "vendor", fields: ["id"], filters: { id: vendor_id } })
  if (!vendor) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${vendor_id} was not found`)
  await handleImportUpload(req, res, vendor_id, req.auth_context?.actor_id ?? null)
}
