import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { storeProductRoutesMiddlewares } from "@medusajs/medusa/api/store/products/middlewares"
import { vitrinaErrorHandler } from "../lib/error-handler"
import { filterProductsByVendorHandle } from "../lib/vendor-product-filter"
import { AdminListVendors } from "./admin/vendors/validators"
import {
  AdminCreateCommissionRule,
  AdminListCommissionRules,
  AdminUpdateCommissionRule,
} from "./admin/commission-rules/validators"
import { NoQuery } from "./validators"
import { AdminRefundVendorOrder } from "./admin/vendor-orders/validators"
import { StoreListProductVendors } from "./store/product-vendors/validators"
import { StoreListVendors } from "./store/vendors/validators"

const coreStoreProductList = storeProductRoutesMiddlewares.find(
  (r) => r.matcher === "/store/products" && [r.method].flat().includes("GET")
)
if (!coreStoreProductList) {
  throw new Error("Medusa's GET /store/products middleware chain was not found")
}

// Note: a plugin's middlewares on Medusa's own routes run after Medusa's query validation, so
// `allowFields` cannot expose `vendor` on GET /store/products from here; product grids use
// GET /store/product-vendors instead, and vendor pages GET /store/vendors/:handle/products.
const routes: MiddlewareRoute[] = [
  { matcher: "/store/vendors", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListVendors, {})] },
  {
    matcher: "/store/vendors/:handle/products",
    method: ["GET"],
    middlewares: [...(coreStoreProductList.middlewares ?? []), filterProductsByVendorHandle],
  },

  {
    matcher: "/store/product-vendors",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListProductVendors, {})],
  },

  { matcher: "/store/carts/:id/shipping-groups", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },

  { matcher: "/store/vendors/:handle", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },

  { matcher: "/admin/vendors", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListVendors, {})] },
  {
    matcher: "/admin/commission-rules",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCommissionRules, {})],
  },
  {
    matcher: "/admin/commission-rules",
    method: ["POST"],
    middlewares: [validateAndTransformQuery(NoQuery, {}), validateAndTransformBody(AdminCreateCommissionRule)],
  },
  {
    matcher: "/admin/commission-rules/:id",
    method: ["POST"],
    middlewares: [validateAndTransformQuery(NoQuery, {}), validateAndTransformBody(AdminUpdateCommissionRule)],
  },
  { matcher: "/admin/commission-rules/:id", method: ["GET", "DELETE"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  {
    matcher: "/admin/vendor-orders/:id/refunds",
    method: ["POST"],
    middlewares: [validateAndTransformQuery(NoQuery, {}), validateAndTransformBody(AdminRefundVendorOrder)],
  },
  { matcher: "/admin/order-groups/:id", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/admin/vendors/:id/balance", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/admin/marketplace/overview", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
]

export default defineMiddlewares({ routes, errorHandler: vitrinaErrorHandler })
