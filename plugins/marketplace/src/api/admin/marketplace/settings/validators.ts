import { z } from "@medusajs/framework/zod"

export const AdminUpdateMarketplaceSettings = z.object({ auto_approve_vendors: z.boolean() }).strict()
export type AdminUpdateMarketplaceSettingsType = z.infer<typeof AdminUpdateMarketplaceSettings>
