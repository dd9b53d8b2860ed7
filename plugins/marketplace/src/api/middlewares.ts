import {
  configureStoreSearch,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { storeProductRoutesMiddlewares } from "@medusajs/medusa/api/store/products/middlewares"
import { storeCachePolicy } from "../lib/cache-policy"
import { CATALOG_INDEX } from "../lib/catalog-search"
import { vitrinaErrorHandler } from "../lib/error-handler"
import { parseImageUpload } from "../lib/image-upload"
import { correctCatalogSearchSpelling } from "../lib/search-vocabulary"
import { vendorGuard } from "../lib/vendor-guard"
import { filterProductsByVendorHandle } from "../lib/vendor-product-filter"
import { AdminUpdateMarketplaceSettings } from "./admin/marketplace/settings/validators"
import { AdminSetVendorStatus } from "./admin/vendors/[id]/status/validators"
import { AdminListVendors } from "./admin/vendors/validators"
import {
  AdminCreateCommissionRule,
  AdminListCommissionRules,
  AdminUpdateCommissionRule,
} from "./admin/commission-rules/validators"
import { AdminRefundVendorOrder } from "./admin/vendor-orders/validators"
import { StoreListProductVendors } from "./store/product-vendors/validators"
import { StoreListVendors } from "./store/vendors/validators"
import { NoQuery } from "./validators"
import { VendorAcceptInvite, VendorCreateInvite } from "./vendor/invites/validators"
import { VendorListOrders, VendorShipOrder } from "./vendor/orders/validators"
import { VendorUpdateMe } from "./vendor/me/validators"
import { VendorUpdateMember } from "./vendor/members/validators"
import {
  VendorCreateProduct,
  VendorCreateVariant,
  VendorListProducts,
  VendorUpdateProduct,
  VendorUpdateVariant,
} from "./vendor/products/validators"
import { VendorRegister } from "./vendor/register/validators"

const coreStoreProductList = storeProductRoutesMiddlewares.find(
  (r) => r.matcher === "/store/products" && [r.method].flat().includes("GET")
)
if (!coreStoreProductList) {
  throw new Error("Medusa's GET /store/products middleware chain was not found")
}

// Note: a plugin's middlewares on Medusa's own routes run after Medusa's query validation, so
// `allowFields` cannot expose `vendor` on GET /store/products from here; product grids use
// GET /store/product-vendors instead, and vendor pages GET /store/vendors/:handle/products.
const store: MiddlewareRoute[] = [
  // Cache-Control on every store answer: anonymous catalogue reads public for a short time (for
  // the CDN / edge cache in front), everything else private (lib/cache-policy.ts).
  { matcher: "/store/*", middlewares: [storeCachePolicy] },
  // Medusa's POST /store/search answers for the catalogue index only; Medusa itself narrows it to
  // published products in the publishable key's sales channels, and we add active vendors. On the
  // PostgreSQL engine, typo-tolerant queries are spelling-corrected first (lib/search-vocabulary.ts).
  {
    matcher: "/store/search",
    method: ["POST"],
    middlewares: [
      configureStoreSearch({ allowed_indexes: { [CATALOG_INDEX]: { filters: () => ({ vendor_status: "active" }) } } }),
      correctCatalogSearchSpelling,
    ],
  },
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
  { matcher: "/store/vendors/:handle", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/store/carts/:id/shipping-groups", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
]

const admin: MiddlewareRoute[] = [
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
  { matcher: "/admin/vendors", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListVendors, {})] },
  { matcher: "/admin/vendors/:id", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/admin/vendors/:id/status", method: ["POST"], middlewares: [validateAndTransformBody(AdminSetVendorStatus)] },
  { matcher: "/admin/marketplace/overview", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/admin/marketplace/settings", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  {
    matcher: "/admin/marketplace/settings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateMarketplaceSettings)],
  },
]

/**
 * The vendor API: ONE guard in front of every /vendor/* route (authentication, tenant resolution,
 * ownership of every id named), then each route's validator.
 */
const vendor: MiddlewareRoute[] = [
  { matcher: "/vendor/*", middlewares: [storeCachePolicy, vendorGuard] },
  { matcher: "/vendor/register", method: ["POST"], middlewares: [validateAndTransformBody(VendorRegister)] },
  { matcher: "/vendor/me", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/me", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateMe)] },
  { matcher: "/vendor/products", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListProducts, {})] },
  { matcher: "/vendor/products", method: ["POST"], middlewares: [validateAndTransformBody(VendorCreateProduct)] },
  { matcher: "/vendor/products/:id", method: ["GET", "DELETE"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/products/:id", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateProduct)] },
  { matcher: "/vendor/products/:id/variants", method: ["POST"], middlewares: [validateAndTransformBody(VendorCreateVariant)] },
  {
    matcher: "/vendor/products/:id/variants/:variant_id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(VendorUpdateVariant)],
  },
  {
    matcher: "/vendor/products/:id/variants/:variant_id",
    method: ["DELETE"],
    middlewares: [validateAndTransformQuery(NoQuery, {})],
  },
  { matcher: "/vendor/members", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/members/:id", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateMember)] },
  { matcher: "/vendor/members/:id", method: ["DELETE"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/invites", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/invites", method: ["POST"], middlewares: [validateAndTransformBody(VendorCreateInvite)] },
  { matcher: "/vendor/invites/accept", method: ["POST"], middlewares: [validateAndTransformBody(VendorAcceptInvite)] },
  { matcher: "/vendor/invites/:id", method: ["DELETE"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/orders", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListOrders, {})] },
  { matcher: "/vendor/orders/:id", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/orders/:id/ship", method: ["POST"], middlewares: [validateAndTransformBody(VendorShipOrder)] },
  { matcher: "/vendor/orders/:id/cancel", method: ["POST"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/orders/:id/fulfill", method: ["POST"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/balance", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/ledger", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListOrders, {})] },
  {
    matcher: "/vendor/uploads",
    method: ["POST"],
    middlewares: [parseImageUpload],
  },
]

export default defineMiddlewares({ routes: [...store, ...admin, ...vendor], errorHandler: vitrinaErrorHandler })
