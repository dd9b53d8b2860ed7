import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { captureCheckoutRequest, captureReviewSignal, captureVendorSignal, refuseHeldCapture, refuseHeldOrder } from "../lib/fraud/middlewares"
import { NoQuery } from "../lib/zod"
import {
  AdminDecideFraud,
  AdminListAudit,
  AdminListFraudDecisions,
  AdminListReports,
  AdminReportAction,
  AdminUpdateFraudConfig,
  StoreCreateReport,
} from "./fraud-validators"

const noQuery = validateAndTransformQuery(NoQuery, {})
const optionalCustomer = authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })
const optionalVendor = authenticate("vendor", ["bearer", "session"], { allowUnauthenticated: true })

/** Reports and fraud rules: routes and the request hooks that capture IPs and refuse held orders. */
export const fraudAndReportRoutes: MiddlewareRoute[] = [
  // Reports: any signed-in customer or vendor member.
  { matcher: "/store/reports", method: ["POST"], middlewares: [authenticate(["customer", "vendor"], ["bearer", "session"]), noQuery, validateAndTransformBody(StoreCreateReport)] },
  { matcher: "/admin/reports", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListReports, {})] },
  { matcher: "/admin/reports/actions", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(AdminReportAction)] },
  { matcher: "/admin/reports/audit", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListAudit, {})] },
  // Fraud: signals (client IP, device id) on the requests the rules look at.
  { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [captureCheckoutRequest] },
  { matcher: "/store/products/:id/reviews", method: ["POST"], middlewares: [optionalCustomer, captureReviewSignal] },
  { matcher: "/vendor/*", middlewares: [optionalVendor, captureVendorSignal] },
  // Held orders are not fulfilled or captured until an operator releases them.
  { matcher: "/vendor/orders/:id/fulfill", method: ["POST"], middlewares: [refuseHeldOrder] },
  { matcher: "/vendor/orders/:id/ship", method: ["POST"], middlewares: [refuseHeldOrder] },
  { matcher: "/admin/orders/:id/fulfillments", method: ["POST"], middlewares: [refuseHeldOrder] },
  { matcher: "/admin/payments/:id/capture", method: ["POST"], middlewares: [refuseHeldCapture] },
  { matcher: "/admin/fraud/decisions", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListFraudDecisions, {})] },
  { matcher: "/admin/fraud/decisions/:id/decision", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(AdminDecideFraud)] },
  { matcher: "/admin/fraud/config", method: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/fraud/config", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(AdminUpdateFraudConfig)] },
]
