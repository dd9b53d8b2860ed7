import { z } from "@medusajs/framework/zod"
import { currencyCode, handle, idOf, line, pagination, text, url } from "../../../lib/zod"

const price = z.object({ currency_code: currencyCode, amount: z.number().min(0).max(10_000_000) }).strict()

const variant = z
  .object({
    title: line(200),
    sku: line(64).optional(),
    options: z.record(line(50), line(50)),
    prices: z.array(price).min(1).max(10),
    /** Stock at the store's warehouse; omit for stock that is not tracked (sellers only). */
    inventory_quantity: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict()

const listingFields = {
  subtitle: line(200).nullable().optional(),
  description: text(10_000).nullable().optional(),
  status: z.enum(["draft", "published"]).optional(),
  thumbnail: url.nullable().optional(),
  images: z.array(z.object({ url }).strict()).max(10).optional(),
  category_ids: z.array(idOf("pcat")).max(10).optional(),
  /** Sellers: the product's landing video. */
  video_url: url.nullable().optional(),
  /** Teachers: course facts shown on the listing. */
  level: z.enum(["beginner", "intermediate", "advanced"]).optional(),
  language: z.string().regex(/^[a-z]{2}$/, "must be a two-letter language code").optional(),
}

export const VendorCreateProduct = z
  .object({
    title: line(200),
    handle: handle.optional(),
    ...listingFields,
    options: z
      .array(z.object({ title: line(50), values: z.array(line(50)).min(1).max(50) }).strict())
      .min(1)
      .max(3),
    variants: z.array(variant).min(1).max(100),
  })
  .strict()
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

export const VendorUpdateProduct = z
  .object({ title: line(200).optional(), ...listingFields })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to update")
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

export const VendorListProducts = z
  .object({
    status: z.enum(["draft", "published", "proposed", "rejected"]).optional(),
    q: line(100).optional(),
    ...pagination,
  })
  .strict()
export type VendorListProductsType = z.infer<typeof VendorListProducts>

export const VendorCreateVariant = variant
export type VendorCreateVariantType = z.infer<typeof VendorCreateVariant>

export const VendorUpdateVariant = z
  .object({ title: line(200).optional(), sku: line(64).nullable().optional(), prices: z.array(price).min(1).max(10).optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to update")
export type VendorUpdateVariantType = z.infer<typeof VendorUpdateVariant>
