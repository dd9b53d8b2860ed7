import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CourseProductLink from "../links/course-product"

/**
 * On the marketplace's generic product routes (`/vendor/products/:id`): the product that sells a
 * course is deleted and (un)published only through the course routes, which keep the course and
 * its product in step (publishing needs lessons and videos; deleting needs a draft without
 * enrolments). Other product edits (texts, images, prices) stay allowed.
 */
export async function protectCourseProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const touchesLifecycle = req.method === "DELETE" || (req.body as Record<string, unknown> | undefined)?.status !== undefined
    if (touchesLifecycle) {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [link] } = await query.graph({
        entity: CourseProductLink.entryPoint,
        fields: ["course_id"],
        filters: { product_id: req.params.id },
      })
      if (link) {
        const action = req.method === "DELETE" ? "deleted" : "published or unpublished"
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `This product sells the course ${(link as { course_id: string }).course_id}: it is ${action} through /vendor/courses/${(link as { course_id: string }).course_id}`
        )
      }
    }
    next()
  } catch (e) {
    next(e)
  }
}
