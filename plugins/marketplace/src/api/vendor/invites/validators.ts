import { z } from "@medusajs/framework/zod"
import { line } from "../../../lib/zod"

export const VendorCreateInvite = z
  .object({ email: z.string().max(254).email().transform((e) => e.toLowerCase()), role: z.enum(["admin", "staff"]).default("staff") })
  .strict()
export type VendorCreateInviteType = z.infer<typeof VendorCreateInvite>

export const VendorAcceptInvite = z
  .object({ token: z.string().min(10).max(200).regex(/^[A-Za-z0-9_-]+$/, "token is malformed"), name: line(120).optional() })
  .strict()
export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>
