/** The import plan: products (one per handle) with their variants (one per SKU), as validated. */
export type PlanPrice = { currency_code: string; amount: number }

export type PlanVariant = {
  row: number
  sku: string
  title: string
  options: Record<string, string>
  prices: PlanPrice[]
  inventory_quantity: number | null
}

export type PlanProduct = {
  row: number
  handle: string
  title: string
  description: string | null
  status: "draft" | "published"
  kind: "product" | "course"
  category_ids: string[]
  image_urls: string[]
  options: { title: string; values: string[] }[]
  variants: PlanVariant[]
  course?: { level?: "beginner" | "intermediate" | "advanced" | "all"; language?: string }
}

/** Where a vendor's imported products go: its sales channel, shipping profile and stock location. */
export type ImportTarget = {
  vendor_id: string
  vendor_kind: "seller" | "teacher"
  sales_channel_id: string | null
  shipping_profile_id: string | null
  location_id: string | null
}

/**
 * How new products of a batch are written: "bulk" (default) — multi-row INSERTs in one transaction
 * (steps/bulk-create-products.ts); "service" — the product, pricing and inventory modules' bulk
 * methods (the reference the bulk writer is tested against).
 */
export type ImportWriter = "bulk" | "service"

export type BatchInput = { target: ImportTarget; products: PlanProduct[]; writer?: ImportWriter }
export type BatchResult = { created: number; updated: number; product_ids: string[] }
