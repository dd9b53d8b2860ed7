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
