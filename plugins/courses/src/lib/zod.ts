import { z } from "@medusajs/framework/zod"

// Same conventions as the marketplace's lib/zod.ts: every string bounded, no control characters
// (a NUL byte would reach PostgreSQL as a 500).
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/
const NO_CONTROL_SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/

/** A trimmed single-line string of min..max characters without control characters. */
export const line = (min: number, max: number) =>
  z.string().trim().min(min).max(max).regex(NO_CONTROL_SINGLE_LINE, "must not contain control characters")

/** A trimmed multi-line text (newlines and tabs allowed) of min..max characters. */
export const text = (min: number, max: number) =>
  z.string().trim().min(min).max(max).regex(NO_CONTROL, "must not contain control characters")

export const idOf = (prefix: string) =>
  z.string().max(100).regex(new RegExp(`^${prefix}_[0-9A-Za-z]+$`), `must be an id starting with ${prefix}_`)

export const pagination = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}

export const NoQuery = z.object({}).strict()

/** Whether a path parameter looks like an id of the given prefix (malformed ids are simply not found). */
export const isIdOf = (prefix: string, value: unknown): value is string =>
  typeof value === "string" && value.length <= 100 && new RegExp(`^${prefix}_[0-9A-Za-z]+$`).test(value)
