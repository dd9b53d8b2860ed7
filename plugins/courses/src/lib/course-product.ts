import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"

export type CourseProductFields = {
  title: string
  handle?: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  level?: string
  language?: string
  prices: { currency_code: string; amount: number }[]
  category_ids?: string[]
  sales_channel_id?: string | null
  published?: boolean
  /** Extra product metadata (kind, level and language are set from the fields above). */
  metadata?: Record<string, unknown>
}

/**
 * The Medusa product that sells a course: one variant "Lifetime access" with the prices, no
 * inventory and no shipping profile (a course is delivered online, nothing ships).
 */
export function courseProductInput(f: CourseProductFields): CreateProductWorkflowInputDTO {
  const handle = f.handle ?? slugify(f.title)
  return {
    title: f.title,
    handle,
    subtitle: f.subtitle ?? undefined,
    description: f.description ?? undefined,
    status: f.published ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
    thumbnail: f.thumbnail ?? undefined,
    images: f.thumbnail ? [{ url: f.thumbnail }] : [],
    category_ids: f.category_ids ?? [],
    metadata: { ...f.metadata, kind: "course", ...(f.level ? { level: f.level } : {}), ...(f.language ? { language: f.language } : {}) },
    options: [{ title: "Access", values: ["Lifetime access"] }],
    variants: [
      {
        title: "Lifetime access",
        sku: `COURSE-${handle}`.toUpperCase().replace(/[^A-Z0-9]+/g, "-"),
        options: { Access: "Lifetime access" },
        manage_inventory: false,
        prices: f.prices,
      },
    ],
    sales_channels: f.sales_channel_id ? [{ id: f.sales_channel_id }] : [],
  }
}

export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "course"
  )
}
