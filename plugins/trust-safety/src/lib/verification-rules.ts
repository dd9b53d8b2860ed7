/** Which documents a vendor must upload before submitting for review, by vendor kind. */
export const REQUIRED_DOCUMENTS: Record<"seller" | "teacher", ("identity" | "business_registration" | "qualification")[]> = {
  seller: ["identity", "business_registration"],
  teacher: ["identity", "qualification"],
}

/** At most this many documents per vendor (older ones can be deleted while not under review). */
export const MAX_DOCUMENTS_PER_VENDOR = 20

/** Statuses in which the vendor may add or remove documents and submit. */
export const EDITABLE_VERIFICATION_STATUSES = new Set(["draft", "rejected", "needs_info"])

export type VerificationAction = "approve" | "reject" | "request_info"

/** The operator's decisions allowed from each status. */
export const DECISIONS: Record<string, VerificationAction[]> = {
  pending: ["approve", "reject", "request_info"],
  approved: ["reject"],
  draft: [],
  rejected: [],
  needs_info: [],
}

export const missingDocuments = (kind: "seller" | "teacher", types: string[]) =>
  REQUIRED_DOCUMENTS[kind].filter((t) => !types.includes(t))
