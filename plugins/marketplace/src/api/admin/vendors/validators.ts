import { z } from "@medusajs/framework/zod"
import { VENDOR_KINDS, VENDOR_STATUSES } from "../../../modules/vendor/models/vendor"

export const AdminListVendors = z
  .object({
    kind: z.enum(VENDOR_KINDS).optional(),
    status: z.enum(VENDOR_STATUSES).optional(),
    q: z.string().trim().min(1).max(100).regex(/^[^\u0000-\u001f]*$/, "q must not contain control characters").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminListVendorsType = z.infer<typeof AdminListVendors>
