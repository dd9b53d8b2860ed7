/**
 * Text moderation of reviews. The review workflows expose a `moderate` hook (see
 * `workflows/reviews.ts`): a plugin (trust-safety) registers its handler there and returns a
 * `ModerationVerdict`. Without a handler, or when the handler returns nothing, this minimal
 * default applies: control characters, links, e-mail addresses and phone numbers send the review
 * to `pending` (a person looks at it); anything else is published. A vendor's reply passes the
 * same hook and rules; a reply that is not `published` is refused (400, with the reasons).
 */

export type ModerationInput = {
  /** "review": a customer's review (new or edited); "reply": the vendor's reply to a review (`body`; `title` null). */
  entity: "review" | "reply"
  review_id: string | null
  product_id: string
  customer_id: string
  rating: number
  title: string | null
  body: string
  photo_urls: string[]
}

export type ModerationVerdict = {
  status: "published" | "pending" | "rejected"
  reasons: string[]
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/
const LINK = /(?:\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]{2,}\.(?:com|net|org|ru|io|info|biz|me|ly|co|de|uk|su|xyz|shop|store|online|site)\b)/i
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i
// 7+ digits, optionally grouped by spaces, dots, dashes or brackets, optionally with a leading +.
const PHONE = /(?:\+?\d[\s().-]*){7,}/

export function defaultReviewModeration(input: Pick<ModerationInput, "title" | "body">): ModerationVerdict {
  const text = `${input.title ?? ""}\n${input.body}`
  const reasons: string[] = []
  if (CONTROL.test(text)) reasons.push("control_characters")
  if (LINK.test(text)) reasons.push("link")
  if (EMAIL.test(text)) reasons.push("email")
  if (PHONE.test(text)) reasons.push("phone_number")
  return { status: reasons.length ? "pending" : "published", reasons }
}

const STATUSES = new Set(["published", "pending", "rejected"])

/** The hook handler's verdict if it gave a valid one, else the default check's. */
export function resolveVerdict(fromHook: unknown, input: Pick<ModerationInput, "title" | "body">): ModerationVerdict {
  const v = fromHook as Partial<ModerationVerdict> | undefined | null
  if (v && typeof v === "object" && typeof v.status === "string" && STATUSES.has(v.status)) {
    return { status: v.status, reasons: Array.isArray(v.reasons) ? v.reasons.map(String).slice(0, 20) : [] }
  }
  return defaultReviewModeration(input)
}
