import type { HttpTypes } from "@medusajs/types"

export type VendorKind = "seller" | "teacher"

/** The vendor summary attached to products (from `GET /store/product-vendors` or a vendor catalog). */
export type VendorSummary = {
  id: string
  handle: string
  name: string
  kind: VendorKind
  verified: boolean
}

/** A vendor as returned by `GET /store/vendors` and `GET /store/vendors/:handle`. */
export type Vendor = VendorSummary & {
  description: string | null
  logo: string | null
}

export type Product = HttpTypes.StoreProduct & {
  vendor?: VendorSummary | null
}

export type ProductVariant = HttpTypes.StoreProductVariant

export type SortKey = "newest" | "price_asc" | "price_desc"

export type Paginated<T> = {
  items: T[]
  count: number
  page: number
  pageCount: number
}

/** Result of a server action used with `useActionState`. */
export type ActionState = {
  error: string | null
  success?: boolean
}
