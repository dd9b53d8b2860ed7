import { z } from "@medusajs/framework/zod"

export const AdminRefundVendorOrder = z
  .object({
    amount: z
      .number()
      .finite()
      .positive()
      .max(1_000_000_000)
      // Medusa's totals are not rounded (e.g. 19 % tax on 99.99), so the rest of an order may need 4 decimals.
      .refine((n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6, "amount has at most 4 decimals"),
    note: z.string().trim().min(1).max(500).regex(/^[^\u0000-\u0008\u000b-\u001f]*$/, "note must not contain control characters").optional(),
  })
  .strict()
export type AdminRefundVendorOrderType = z.infer<typeof AdminRefundVendorOrder>
