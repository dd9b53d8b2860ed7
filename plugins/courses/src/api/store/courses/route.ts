import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COURSE_FIELDS, courseSummary, isVisible, studentsCount } from "../../../lib/catalog"
import type { StoreListCoursesType } from "../validators"

/** The store's course catalogue: published courses whose product is published. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { q, level, language, limit, offset } = req.validatedQuery as unknown as StoreListCoursesType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { status: "published" }
  if (level) filters.level = level
  if (language) filters.language = language
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ title: { $ilike: like } }, { subtitle: { $ilike: like } }]
  }
  // 1. which courses are visible, newest first: light rows (no curriculum) of the published courses;
  // 2. the curriculum and teacher only for the requested page.
  const { data: rows } = await query.graph({ entity: "course", fields: ["id", "status", "published_at", "product.status"], filters })
  const visible = (rows as Record<string, unknown>[])
    .filter(isVisible)
    .sort((a, b) => String(b.published_at ?? "").localeCompare(String(a.published_at ?? "")) || String(a.id).localeCompare(String(b.id)))
  const pageIds = visible.slice(offset, offset + limit).map((c) => c.id as string)
  const { data: full } = pageIds.length
    ? await query.graph({ entity: "course", fields: COURSE_FIELDS, filters: { id: pageIds } })
    : { data: [] }
  const byId = new Map((full as Record<string, unknown>[]).map((c) => [c.id as string, c]))
  const page = pageIds.map((id) => byId.get(id)).filter((c): c is Record<string, unknown> => !!c)
  const counts = await studentsCount(req.scope, pageIds)
  res.json({
    courses: page.map((c) => courseSummary(c, counts.get(c.id as string) ?? 0)),
    count: visible.length,
    limit,
    offset,
  })
}
