import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { importTemplate } from "../../../../lib/template"
import type { TemplateQueryType } from "../../../validators"

/** GET /vendor/catalog-imports/template?format=csv|json|xlsx: the columns with two example rows. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { vendor } = vendorContext(req)
  const { format } = req.validatedQuery as TemplateQueryType
  const { body, type } = await importTemplate(format, vendor.kind)
  res.setHeader("content-type", type)
  res.setHeader("content-disposition", `attachment; filename="catalog-import-template.${format}"`)
  res.status(200).send(body)
}
