import { z } from "@medusajs/framework/zod"
import { countryCode, currencyCode, line, text, url } from "../../../lib/zod"

export const VendorUpdateMe = z
  .object({
    name: line(120).optional(),
    description: text(2000).nullable().optional(),
    logo: url.nullable().optional(),
    phone: line(40).nullable().optional(),
    country_code: countryCode.nullable().optional(),
    currency_code: currencyCode.nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to update")
export type VendorUpdateMeType = z.infer<typeof VendorUpdateMe>
