import { z } from "@medusajs/framework/zod"
import { text } from "../../../../../lib/zod"

export const AdminSetVendorStatus = z
  .object({
    status: z.enum(["active", "rejected", "suspended"]),
    reason: text(1000).trim().min(1).optional(),
  })
  .strict()
  .refine((v) => v.status === "active" || !!v.reason, { message: "A reason is required to reject or suspend a vendor", path: ["reason"] })
export type AdminSetVendorStatusType = z.infer<typeof AdminSetVendorStatus>
