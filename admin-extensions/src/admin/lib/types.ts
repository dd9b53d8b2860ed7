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

// Trust & safety (@vitrina/trust-safety) ------------------------------------------------------

export type VerificationStatus = "draft" | "pending" | "approved" | "rejected" | "needs_info"
export type VerificationDocument = { id: string; type: "identity" | "business_registration" | "qualification"; mime_type: string; size: number; original_name: string; created_at: string }
export type VerificationVendor = { id: string; name: string; handle: string; kind: "seller" | "teacher"; status: string; verified: boolean; email: string | null }
export type AdminVerification = {
  id: string
  vendor_id: string
  status: VerificationStatus
  operator_message: string | null
  submitted_at: string | null
  reviewed_at: string | null
  documents_count?: number
  documents?: VerificationDocument[]
  vendor: VerificationVendor | null
}

export type ModerationReason = { rule: string; verdict: string; match: string }
export type AdminModerationCase = {
  id: string
  product_id: string
  listing_kind: "product" | "course"
  title: string
  status: "approved" | "pending" | "rejected"
  auto_verdict: "approve" | "review" | "reject"
  reasons: ModerationReason[]
  scores: { text?: number; provider?: string; images?: Record<string, Record<string, number>> }
  images: string[]
  image_status: string
  operator_reason: string | null
  decided_at: string | null
  updated_at: string
  listing: { id: string; title: string; handle: string; status: string; thumbnail: string | null; description: string | null; vendor?: { id: string; name: string; handle: string; status: string } | null } | null
}
