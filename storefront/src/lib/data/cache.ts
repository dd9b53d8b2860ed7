/**
 * Cache tags and fetch options. Every read is tagged; every write calls `updateTag` for the
 * tags it affects (see the actions in this folder).
 */
import { getCatalogTtl } from "../config"

export const tags = {
  regions: "regions",
  products: "products",
  product: (handle: string) => `product-${handle}`,
  categories: "categories",
  vendors: "vendors",
  vendor: (handle: string) => `vendor-${handle}`,
  cart: (cartId: string) => `cart-${cartId}`,
  shipping: (cartId: string) => `shipping-${cartId}`,
  payment: "payment-providers",
  customer: "customer",
  orders: "orders",
  order: (id: string) => `order-${id}`,
  /** Vendor portal: the signed-in vendor's own data (never shared between visitors). */
  vendorMe: "vendor-me",
  vendorProducts: "vendor-products",
  vendorProduct: (id: string) => `vendor-product-${id}`,
  vendorOrders: "vendor-orders",
  vendorOrder: (id: string) => `vendor-order-${id}`,
  vendorBalance: "vendor-balance",
  vendorImports: "vendor-imports",
  /** Courses: the public catalog, and the signed-in customer's learning state. */
  courses: "courses",
  course: (handle: string) => `course-${handle}`,
  enrollments: "enrollments",
  myCourse: (handle: string) => `my-course-${handle}`,
  questions: (handle: string) => `questions-${handle}`,
  vendorCourses: "vendor-courses",
  vendorCourse: (id: string) => `vendor-course-${id}`,
  vendorQuestions: "vendor-questions",
  /** Reviews: a product's (or course's product's) published reviews, and the vendor's inbox. */
  reviews: (productId: string) => `reviews-${productId}`,
  vendorReviews: "vendor-reviews",
}

type FetchCacheOptions = {
  cache?: RequestCache
  next: { tags: string[]; revalidate?: number }
}

/** Options for public catalog reads: cached for `STOREFRONT_CACHE_TTL` seconds when set. */
export function catalogFetch(cacheTags: string[]): FetchCacheOptions {
  const ttl = getCatalogTtl()
  return ttl > 0
    ? { cache: "force-cache", next: { tags: cacheTags, revalidate: ttl } }
    : { cache: "no-store", next: { tags: cacheTags } }
}

/** Options for per-visitor reads (cart, customer, orders): never shared through the data cache. */
export function privateFetch(cacheTags: string[]): FetchCacheOptions {
  return { cache: "no-store", next: { tags: cacheTags } }
}
