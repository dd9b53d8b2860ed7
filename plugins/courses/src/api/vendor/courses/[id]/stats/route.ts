import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courseStats } from "../../../../../lib/vendor-courses"

/** The teacher's numbers for one course (see `courseStats` for the definitions). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ stats: await courseStats(req.scope, req.params.id) })
}
