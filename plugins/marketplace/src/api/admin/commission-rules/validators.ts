import { z } from "@medusajs/framework/zod"
import { COMMISSION_SCOPES } from "../../../modules/commission/models/commission-rule"

/** Percent of a line's total, 0–100, at most 4 decimals. */
const rate = z
  .number()
  .finite()
  .min(0)
  .max(100)
  .refine((n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6, "rate has at most 4 decimals")
const name = z.string().trim().min(1).max(200).regex(/^[^\u0000-\u001f]*$/, "name must not contain control characters").nullable()
const reference = z.string().max(100).regex(/^[A-Za-z0-9_-]*$/, "reference must be an id or a vendor kind")

export const AdminCreateCommissionRule = z
  .object({ scope: z.enum(COMMISSION_SCOPES), reference: reference.optional(), rate, name: name.optional() })
  .strict()
export type AdminCreateCommissionRuleType = z.infer<typeof AdminCreateCommissionRule>

export const AdminUpdateCommissionRule = z.object({ rate: rate.optional(), name: name.optional() }).strict()
export type AdminUpdateCommissionRuleType = z.infer<typeof AdminUpdateCommissionRule>

export const AdminListCommissionRules = z
  .object({
    scope: z.enum(COMMISSION_SCOPES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminListCommissionRulesType = z.infer<typeof AdminListCommissionRules>
