export type VendorKind = "seller" | "teacher"
export type VendorStatus = "pending" | "active" | "suspended" | "rejected"

export type CreateVendorInput = {
  handle: string
  name: string
  kind: VendorKind
  status?: VendorStatus
  verified?: boolean
  description?: string | null
  logo?: string | null
  email?: string | null
  phone?: string | null
  country_code?: string | null
  currency_code?: string | null
  metadata?: Record<string, unknown> | null
  members?: { email: string; name?: string | null; role?: "owner" | "admin" | "staff" }[]
}
