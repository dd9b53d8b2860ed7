import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { fraudService } from "../../lib/fraud/config"
import { scoreCheckoutWorkflow } from "../fraud"

type Decision = { id: string; verdict: "allow" | "review" | "block"; score: number; rules: { code: string }[] }
type BeforePaymentAuthorizationHook = (
  handler: (input: { input: { id: string } }, ctx: { container: MedusaContainer }) => Promise<StepResponse<Decision | null, string | null>>,
  compensate: (id: string | null | undefined, ctx: { container: MedusaContainer }) => Promise<void>
) => void

/**
 * Fraud scoring of every checkout. Medusa 2.21 allows one handler per hook app-wide and
 * `validate` is the courses plugin's, so we use `beforePaymentAuthorization` (declared, untyped):
 * it runs inside the cart lock, after the order rows were written and before the payment is
 * authorized. A `block` verdict throws: Medusa's compensation removes the order and its
 * reservations, nothing is authorized or captured, and the shopper gets a 400 with the message.
 * The decision itself is stored by its own workflow, so it survives the refusal.
 */
const beforePaymentAuthorization = (completeCartWorkflow.hooks as unknown as { beforePaymentAuthorization: BeforePaymentAuthorizationHook })
  .beforePaymentAuthorization

beforePaymentAuthorization(
  async ({ input }, { container }) => {
    const { result } = await scoreCheckoutWorkflow(container).run({ input: { cart_id: input.id } })
    const decision = result as Decision | null
    // null: not a store API checkout (seed, scripts), not scored.
    if (!decision) return new StepResponse(null, null)
    if (decision.verdict === "block") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This order could not be placed: it was declined by our fraud checks. Contact support if you think this is a mistake."
      )
    }
    return new StepResponse(decision, decision.id)
  },
  async (id, { container }) => {
    // A later step failed (payment authorization): the order is gone, so is its decision.
    if (id) await fraudService(container).deleteFraudDecisions(id)
  }
)
