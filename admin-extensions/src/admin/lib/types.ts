export type VendorKind = "seller" | "teacher"
export type VendorStatus = "pending" | "active" | "suspended" | "rejected"

export type AdminVendor = {
  id: string
  handle: string
  name: string
  kind: VendorKind
  status: VendorStatus
  verified: boolean
  email: string | null
  country_code: string | null
  product_count: number
  created_at: string
}

export type MarketplaceOverview = {
  vendors: {
    total: number
    verified: number
    by_kind: Record<VendorKind, number>
    by_status: Record<VendorStatus, number>
  }
  listings: { total: number; products: number; courses: number }
}

export type CatalogImportStatus = "validated" | "queued" | "running" | "completed" | "failed"

/** A catalogue import (`GET /admin/catalog-imports[/:id]`). */
export type CatalogImport = {
  id: string
  vendor_id: string
  status: CatalogImportStatus
  format: "csv" | "json" | "xlsx"
  filename: string
  total_rows: number
  products: number
  variants: number
  creates: number
  updates: number
  processed_rows: number
  created: number
  updated: number
  progress: number
  error: string | null
  created_at: string
  completed_at: string | null
}

export type CatalogImportRowError = { row: number; column: string | null; message: string }
