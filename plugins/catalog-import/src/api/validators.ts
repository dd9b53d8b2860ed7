import { z } from "@medusajs/framework/zod"

export const NoQuery = z.object({}).strict()
export const NoBody = z.object({}).strict()

export const TemplateQuery = z.object({ format: z.enum(["csv", "json", "xlsx"]).default("csv") }).strict()
export type TemplateQueryType = z.infer<typeof TemplateQuery>

export const ListImports = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type ListImportsType = z.infer<typeof ListImports>

export const AdminListImports = ListImports.extend({ vendor_id: z.string().max(100).regex(/^ven_[0-9A-Za-z]+$/).optional() }).strict()
export type AdminListImportsType = z.infer<typeof AdminListImports>

export const AdminImportFields = z.object({ vendor_id: z.string().min(1).max(100).regex(/^ven_[0-9A-Za-z]+$/, "vendor_id must be a vendor id") }).strict()
