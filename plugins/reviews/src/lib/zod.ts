import { z } from "@medusajs/framework/zod"

// The same bounded building blocks as the marketplace's `lib/zod.ts` (typed here: the marketplace
// plugin's build emits no declarations, so importing its schemas would erase the inferred types).
// Every string is bounded and free of control characters (a NUL byte would reach PostgreSQL as a 500).
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/
const NO_CONTROL_SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/

/** A trimmed single-line string: `line(max)` is 1..max characters, `line(min, max)` min..max. */
export const line = (minOrMax: number, max?: number) =>
  z
    .string()
    .trim()
    .min(max === undefined ? 1 : minOrMax)
    .max(max ?? minOrMax)
    .regex(NO_CONTROL_SINGLE_LINE, "must not contain control characters")

/** A multi-line text (newlines and tabs allowed): `text(max)` up to max characters, `text(min, max)` trimmed min..max. */
export const text = (minOrMax: number, max?: number) =>
  max === undefined
    ? z.string().max(minOrMax).regex(NO_CONTROL, "must not contain control characters")
    : z.string().trim().min(minOrMax).max(max).regex(NO_CONTROL, "must not contain control characters")

export const handle = z
  .string()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle must be a lowercase slug (a-z, 0-9, single dashes)")
export const currencyCode = z.string().regex(/^[a-z]{3}$/, "must be a three-letter lowercase currency code")
export const languageCode = z.string().regex(/^[a-z]{2}$/, "must be a two-letter lowercase language code")
export const url = z
  .string()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//.test(u), "must be an http(s) URL")
export const idOf = (prefix: string) =>
  z.string().max(100).regex(new RegExp(`^${prefix}_[0-9A-Za-z]+$`), `must be an id starting with ${prefix}_`)

export const pagination = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}

/** For routes that take no query parameters: anything given is refused with a 400. */
export const NoQuery = z.object({}).strict()

/** Whether a path parameter looks like an id of the given prefix (malformed ids are simply not found). */
export const isIdOf = (prefix: string, value: unknown): value is string =>
  typeof value === "string" && value.length <= 100 && new RegExp(`^${prefix}_[0-9A-Za-z]+$`).test(value)
