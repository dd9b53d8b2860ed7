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

export type UpdateVendorInput = Partial<
  Pick<CreateVendorInput, "name" | "description" | "logo" | "email" | "phone" | "country_code" | "currency_code" | "metadata">
> & { status?: VendorStatus; status_reason?: string | null; verified?: boolean }

export type RegisterVendorInput = {
  auth_identity_id: string
  email: string
  member_name?: string | null
  vendor: Pick<CreateVendorInput, "handle" | "name" | "kind"> &
    Partial<Pick<CreateVendorInput, "description" | "phone" | "country_code" | "currency_code">>
}
