import { z } from "@medusajs/framework/zod"
import { text } from "../../lib/zod"

export const AdminListVerifications = z
  .object({
    status: z.enum(["draft", "pending", "approved", "rejected", "needs_info"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()

export const AdminDecideVerification = z
  .object({
    action: z.enum(["approve", "reject", "request_info"]),
    message: text(1, 2000).optional(),
  })
  .strict()

export const AdminListModerationCases = z
  .object({
    status: z.enum(["approved", "pending", "rejected"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()

export const AdminDecideModerationCase = z
  .object({
    action: z.enum(["approve", "reject"]),
    reason: text(1, 2000).optional(),
  })
  .strict()
