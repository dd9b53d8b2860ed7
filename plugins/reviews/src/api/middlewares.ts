import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { parseImageUpload } from "@vitrina/marketplace/lib/image-upload"
import { registerVendorResources } from "@vitrina/marketplace/lib/vendor-guard"
import path from "node:path"
import { REVIEW_OWNERSHIP } from "../lib/ownership"
import { NoQuery } from "../lib/zod"
import {
  AdminSetReviewStatus,
  StoreCreateReview,
  StoreListReviews,
  StoreUpdateReview,
  VendorListReviews,
  VendorReplyToReview,
} from "./validators"

// The marketplace's vendor guard (one for every /vendor/* route) learns this plugin's static route
// names and that a review id (`rev_…`) belongs to the vendor of the reviewed product.
registerVendorResources({ routesRoot: path.join(__dirname, "vendor"), ownership: REVIEW_OWNERSHIP })

const customer = authenticate("customer", ["bearer", "session"])
const optionalCustomer = authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })
const noQuery = validateAndTransformQuery(NoQuery, {})

const store: MiddlewareRoute[] = [
  { matcher: "/store/products/:id/reviews", method: ["GET"], middlewares: [optionalCustomer, validateAndTransformQuery(StoreListReviews, {})] },
  { matcher: "/store/products/:id/reviews", method: ["POST"], middlewares: [customer, noQuery, validateAndTransformBody(StoreCreateReview)] },
  { matcher: "/store/products/:id/reviews/mine", method: ["GET"], middlewares: [customer, noQuery] },
  { matcher: "/store/reviews/:id", method: ["POST"], middlewares: [customer, noQuery, validateAndTransformBody(StoreUpdateReview)] },
  { matcher: "/store/reviews/:id/helpful", method: ["POST", "DELETE"], middlewares: [customer, noQuery] },
  { matcher: "/store/review-photos", method: ["POST"], middlewares: [customer, noQuery, parseImageUpload] },
]

const vendor: MiddlewareRoute[] = [
  { matcher: "/vendor/reviews", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListReviews, {})] },
  { matcher: "/vendor/reviews/:id/reply", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(VendorReplyToReview)] },
]

const admin: MiddlewareRoute[] = [
  { matcher: "/admin/reviews/:id/status", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(AdminSetReviewStatus)] },
]

export default defineMiddlewares({ routes: [...store, ...vendor, ...admin] })
