import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorOwnedProducts, type Ownership } from "@vitrina/marketplace/lib/vendor-guard"

const query = (c: MedusaContainer) => c.resolve(ContainerRegistrationKeys.QUERY)

type Row = { id: string; course_id?: string; product?: { id: string } | null }

/** Which of the given course ids belong to the vendor: course → product (link) → vendor (link). */
export const ownedCourses: Ownership = async (c, vendorId, ids) => {
  const { data } = await query(c).graph({ entity: "course", fields: ["id", "product.id"], filters: { id: ids } })
  const productIds = (data as Row[]).map((r) => r.product?.id).filter((id): id is string => !!id)
  const owned = productIds.length ? await vendorOwnedProducts(c, vendorId, productIds) : new Set<string>()
  return new Set((data as Row[]).filter((r) => r.product && owned.has(r.product.id)).map((r) => r.id))
}

/** Resolves ids of a course's children through their `course_id`. */
const throughCourse =
  (entity: string, courseField: string): Ownership =>
  async (c, vendorId, ids) => {
    const { data } = await query(c).graph({ entity, fields: ["id", courseField], filters: { id: ids } })
    const courseOf = (r: Record<string, unknown>) =>
      courseField.includes(".")
        ? (courseField.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], r) as string)
        : (r[courseField] as string)
    const courseIds = [...new Set((data as Record<string, unknown>[]).map(courseOf).filter(Boolean))]
    const owned = courseIds.length ? await ownedCourses(c, vendorId, courseIds) : new Set<string>()
    return new Set((data as Record<string, unknown>[]).filter((r) => owned.has(courseOf(r))).map((r) => r.id as string))
  }

/** Id kinds of this plugin that a /vendor/* request may name, registered with the vendor guard. */
export const COURSE_OWNERSHIP: Record<string, Ownership> = {
  course: ownedCourses,
  csec: throughCourse("course_section", "course.id"),
  lesson: throughCourse("lesson", "course_id"),
  cq: throughCourse("question", "course_id"),
  cans: throughCourse("answer", "question.course_id"),
}
