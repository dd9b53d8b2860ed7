/** Vendor fields anyone may read (store API). Contact data stays private. */
export const PUBLIC_VENDOR_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "verified",
  "description",
  "logo",
  "country_code",
  "created_at",
] as const

/** A handle is a lowercase slug: letters, digits and single dashes. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
