import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import CourseProductLink from "../../links/course-product"

type ValidateHook = (
  handler: (
    input: { cart: { items?: { product_id?: string | null }[] | null; customer?: { has_account?: boolean | null } | null } },
    ctx: { container: import("@medusajs/framework/types").MedusaContainer }
  ) => Promise<void>
) => void

/**
 * A course is bought for an account: the enrolment belongs to the signed-in customer who learns
 * with it. A guest cart holding a course is refused before payment with a clear message (a guest
 * customer record cannot sign in, so it could never open the lessons).
 */
const validate = (completeCartWorkflow.hooks as unknown as { validate: ValidateHook }).validate

validate(async ({ cart }, { container }) => {
  const productIds = [...new Set((cart.items ?? []).map((i) => i.product_id).filter((id): id is string => !!id))]
  if (!productIds.length || cart.customer?.has_account) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CourseProductLink.entryPoint,
    fields: ["product_id"],
    filters: { product_id: productIds },
  })
  if (data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Sign in to buy a course: the course is added to your account, where you learn with it"
    )
  }
})
