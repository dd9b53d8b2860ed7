import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courseDetail, retrieveVisibleCourse, studentsCount } from "../../../../lib/catalog"

/** A course's landing data: curriculum (no lesson bodies), totals, product and teacher. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const course = await retrieveVisibleCourse(req.scope, req.params.handle)
  const counts = await studentsCount(req.scope, [course.id])
  res.json({ course: courseDetail(course, counts.get(course.id) ?? 0) })
}
