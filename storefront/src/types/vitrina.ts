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

/* ------------------------------------------------------------------ vendor portal */

export type VendorStatus = "pending" | "active" | "suspended" | "rejected"

/** The signed-in vendor's own profile (`GET /vendor/me`). */
export type VendorProfile = {
  id: string
  handle: string
  name: string
  kind: VendorKind
  status: VendorStatus
  status_reason: string | null
  verified: boolean
  description: string | null
  logo: string | null
  email: string | null
  phone: string | null
  country_code: string | null
  currency_code: string | null
}

export type VendorMember = { id: string; role: string; email: string | null }

export type VendorSession = { vendor: VendorProfile; member: VendorMember }

export type VendorProductStatus = "draft" | "published" | "proposed" | "rejected"

/** A product as the vendor API returns it (any status, with prices of every variant). */
export type VendorProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  description: string | null
  status: VendorProductStatus
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  images: { id?: string; url: string }[] | null
  categories: { id: string; name: string; handle: string }[] | null
  options: { id: string; title: string; values: { id: string; value: string }[] | null }[] | null
  variants:
    | {
        id: string
        title: string
        sku: string | null
        options: { value: string; option?: { title: string } | null }[] | null
        prices: { amount: number; currency_code: string }[] | null
      }[]
    | null
}

export type VendorOrderItem = {
  id: string
  title: string
  subtitle?: string | null
  variant_title?: string | null
  quantity: number
  unit_price: number
  total?: number | null
  thumbnail: string | null
}

/** An order as the vendor API returns it (`GET /vendor/orders`, `GET /vendor/orders/:id`). */
export type VendorOrder = {
  id: string
  display_id: number | string
  created_at: string
  status: string
  fulfillment_status: string | null
  currency_code: string
  total: number
  email: string | null
  items: VendorOrderItem[] | null
  shipping_address?: HttpTypes.StoreOrderAddress | null
  shipping_methods?: { id: string; name: string; amount: number }[] | null
  fulfillments?:
    | {
        id: string
        shipped_at?: string | null
        canceled_at?: string | null
        labels?: { tracking_number?: string | null; tracking_url?: string | null }[] | null
        metadata?: Record<string, unknown> | null
      }[]
    | null
}

export type VendorBalance = {
  currency_code: string
  available: number
  pending: number
  paid_out: number
}

/** A vendor read of a route that may not exist yet on the backend. */
export type MaybeAvailable<T> = { available: true; data: T } | { available: false }

/* ------------------------------------------------------------------ catalogue import */

export type CatalogImportStatus = "validated" | "queued" | "running" | "completed" | "failed"

/** One catalogue import as `GET /vendor/catalog-imports[/:id]` returns it. */
export type CatalogImport = {
  id: string
  status: CatalogImportStatus
  format: "csv" | "json" | "xlsx"
  filename: string
  total_rows: number
  products: number
  variants: number
  /** SKUs the import creates / updates (known after validation). */
  creates: number
  updates: number
  processed_rows: number
  /** SKUs created / updated so far by the job. */
  created: number
  updated: number
  /** 0–100. */
  progress: number
  error: string | null
  created_at: string
  completed_at: string | null
}

/** A row error of a refused import file; `row` is the 1-based data row (the header not counted). */
export type CatalogImportRowError = { row: number; column: string | null; message: string }

/** What the portal makes of the answer to an upload. */
export type CatalogImportUpload =
  | { kind: "validated"; import: CatalogImport }
  | { kind: "invalid"; message: string; errors: CatalogImportRowError[]; errorsCount: number }
  | { kind: "error"; message: string }

/* ------------------------------------------------------------------ trust & safety */

export type VerificationDocumentType = "identity" | "business_registration" | "qualification"
export type VerificationStatus = "draft" | "pending" | "approved" | "rejected" | "needs_info"

export type VendorVerification = {
  status: VerificationStatus
  operator_message: string | null
  required_documents: VerificationDocumentType[]
  missing_documents: VerificationDocumentType[]
  documents: { id: string; type: VerificationDocumentType; mime_type: string; size: number; original_name: string; created_at: string }[]
}

export type VendorModerationCase = {
  id: string
  product_id: string
  listing_kind: "product" | "course"
  title: string
  status: "pending" | "rejected"
  reasons: { rule: string; match: string }[]
  operator_reason: string | null
}
