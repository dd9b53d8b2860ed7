import { z } from "@medusajs/framework/zod"

const productId = z.string().min(1).max(100).regex(/^prod_[0-9A-Za-z]+$/, "product_id must be product ids (prod_...)")

export const StoreListProductVendors = z
  .object({
    product_id: z
      .union([productId, z.array(productId)])
      .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
      .pipe(z.array(productId).min(1).max(100)),
  })
  .strict()
export type StoreListProductVendorsType = z.infer<typeof StoreListProductVendors>
