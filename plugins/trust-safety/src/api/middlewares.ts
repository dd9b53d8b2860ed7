import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { registerVendorResources } from "@vitrina/marketplace/lib/vendor-guard"
import path from "node:path"
import { parseDocumentUpload } from "../lib/document-upload"
import { TRUST_SAFETY_OWNERSHIP } from "../lib/ownership"
import { NoQuery } from "../lib/zod"
import { fraudAndReportRoutes } from "./fraud-routes"
import { AdminDecideModerationCase, AdminDecideVerification, AdminListModerationCases, AdminListVerifications } from "./admin/validators"

// The marketplace's vendor guard (one for every /vendor/* route) learns this plugin's route names
// and how its ids (verification documents, moderation cases) resolve to a vendor.
registerVendorResources({ routesRoot: path.join(__dirname, "vendor"), ownership: TRUST_SAFETY_OWNERSHIP })

const noQuery = validateAndTransformQuery(NoQuery, {})

export default defineMiddlewares({
  routes: [
    { matcher: "/vendor/verification", method: ["GET"], middlewares: [noQuery] },
    { matcher: "/vendor/verification/documents", method: ["POST"], middlewares: [noQuery, parseDocumentUpload] },
    { matcher: "/vendor/verification/documents/:id", method: ["DELETE"], middlewares: [noQuery] },
    { matcher: "/vendor/verification/submit", method: ["POST"], middlewares: [noQuery] },
    { matcher: "/vendor/moderation", method: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/verifications", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListVerifications, {})] },
    { matcher: "/admin/verifications/:id", method: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/verifications/:id/decision", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(AdminDecideVerification)] },
    { matcher: "/admin/verification-documents/:id/url", method: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/verification-files/:token", method: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/moderation-cases", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListModerationCases, {})] },
    { matcher: "/admin/moderation-cases/:id", method: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/moderation-cases/:id/decision", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(AdminDecideModerationCase)] },
    ...fraudAndReportRoutes,
  ],
})
