import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importTemplate } from "../../../../lib/template"
import type { TemplateQueryType } from "../../../validators"

/** GET /admin/catalog-imports/template?format=: the seller template. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { format } = req.validatedQuery as TemplateQueryType
  const { body, type } = await importTemplate(format, "seller")
  res.setHeader("content-type", type)
  res.setHeader("content-disposition", `attachment; filename="catalog-import-template.${format}"`)
  res.status(200).send(body)
}
