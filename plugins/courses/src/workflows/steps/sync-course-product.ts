import type { IProductModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Snapshot = { product_id: string; metadata: Record<string, unknown> | null }

/**
 * Keeps the course's product in step with its curriculum: `metadata.lessons_count` and
 * `metadata.duration_minutes`, which product cards and search show without loading the course.
 * Compensation restores the previous metadata.
 */
export const syncCourseProductStep = createStep(
  "sync-course-product",
  async (courseIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
    const { data } = await query.graph({
      entity: "course",
      fields: ["id", "product.id", "product.metadata", "sections.lessons.id", "sections.lessons.duration_seconds"],
      filters: { id: [...new Set(courseIds)] },
    })
    const before: Snapshot[] = []
    for (const course of data as {
      product?: { id: string; metadata: Record<string, unknown> | null } | null
      sections: { lessons: { duration_seconds: number }[] }[]
    }[]) {
      if (!course.product) continue
      const lessons = course.sections.flatMap((s) => s.lessons)
      const seconds = lessons.reduce((n, l) => n + (l.duration_seconds ?? 0), 0)
      before.push({ product_id: course.product.id, metadata: course.product.metadata })
      await products.updateProducts(course.product.id, {
        metadata: { ...course.product.metadata, lessons_count: lessons.length, duration_minutes: Math.round(seconds / 60) },
      })
    }
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
    for (const snap of before) {
      await products.updateProducts(snap.product_id, { metadata: snap.metadata ?? {} })
    }
  }
)
