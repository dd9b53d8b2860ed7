import { z } from "@medusajs/framework/zod"

const pagination = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}

export const StoreListVendors = z
  .object({
    kind: z.enum(["seller", "teacher"]).optional(),
    q: z.string().trim().min(1).max(100).regex(/^[^\u0000-\u001f]*$/, "q must not contain control characters").optional(),
    ...pagination,
  })
  .strict()
export type StoreListVendorsType = z.infer<typeof StoreListVendors>

export const StoreListVendorProducts = z
  .object({
    region_id: z.string().min(1).max(100).regex(/^reg_[0-9A-Za-z]+$/, "region_id must be a region id").optional(),
    ...pagination,
  })
  .strict()
export type StoreListVendorProductsType = z.infer<typeof StoreListVendorProducts>
