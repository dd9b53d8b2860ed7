import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerVendorResources } from "@vitrina/marketplace/lib/vendor-guard"
import path from "node:path"
import { parseImportUpload } from "../lib/api"
import { ownedImports } from "../lib/ownership"
import { AdminImportFields, AdminListImports, ListImports, NoBody, NoQuery, TemplateQuery } from "./validators"

// The marketplace's vendor guard learns this plugin's static route names and its id kind `cimp`.
registerVendorResources({ routesRoot: path.join(__dirname, "vendor"), ownership: { cimp: ownedImports } })

const noQuery = validateAndTransformQuery(NoQuery, {})

/** The multipart text field vendor_id of an admin import, validated like a body. */
function adminFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = AdminImportFields.safeParse(req.body ?? {})
  if (!parsed.success) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")))
  }
  req.body = parsed.data
  next()
}

export default defineMiddlewares({
  routes: [
    { matcher: "/vendor/catalog-imports", method: ["GET"], middlewares: [validateAndTransformQuery(ListImports, {})] },
    { matcher: "/vendor/catalog-imports", method: ["POST"], middlewares: [noQuery, parseImportUpload(0)] },
    { matcher: "/vendor/catalog-imports/template", method: ["GET"], middlewares: [validateAndTransformQuery(TemplateQuery, {})] },
    { matcher: "/vendor/catalog-imports/:id", method: ["GET"], middlewares: [noQuery] },
    { matcher: "/vendor/catalog-imports/:id/start", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(NoBody)] },
    { matcher: "/admin/catalog-imports", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListImports, {})] },
    { matcher: "/admin/catalog-imports", method: ["POST"], middlewares: [noQuery, parseImportUpload(1), adminFields] },
    { matcher: "/admin/catalog-imports/template", method: ["GET"], middlewares: [validateAndTransformQuery(TemplateQuery, {})] },
    { matcher: "/admin/catalog-imports/:id", method: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/catalog-imports/:id/start", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(NoBody)] },
  ],
})
