import { z } from "@medusajs/framework/zod"
import { countryCode, currencyCode, handle, line, text } from "../../../lib/zod"

export const VendorRegister = z
  .object({
    name: line(120),
    handle,
    kind: z.enum(["seller", "teacher"]),
    description: text(2000).optional(),
    phone: line(40).optional(),
    country_code: countryCode.optional(),
    currency_code: currencyCode.optional(),
    member_name: line(120).optional(),
  })
  .strict()
export type VendorRegisterType = z.infer<typeof VendorRegister>
