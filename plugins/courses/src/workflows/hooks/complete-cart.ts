import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { sellsCourses } from "../../lib/vendor-courses"

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
  if (cart.customer?.has_account) return
  if (await sellsCourses(container, cart.items ?? [])) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Sign in to buy a course: the course is added to your account, where you learn with it"
    )
  }
})
