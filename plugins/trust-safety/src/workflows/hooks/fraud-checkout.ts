import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { checkoutRequestFor } from "../../lib/fraud/checkout-request"
import { fraudService } from "../../lib/fraud/config"
import { scoreCheckout } from "../fraud/steps"

type Decision = { id: string; verdict: "allow" | "review" | "block"; score: number }
type BeforePaymentAuthorizationHook = (
  handler: (input: { input: { id: string } }, ctx: { container: MedusaContainer }) => Promise<StepResponse<Decision | null, string | null>>,
  compensate: (id: string | null | undefined, ctx: { container: MedusaContainer }) => Promise<void>
) => void

/**
 * Fraud scoring of every checkout. Medusa 2.21 allows one handler per hook app-wide and
 * `validate` is the courses plugin's, so we use `beforePaymentAuthorization` (declared, untyped):
 * it runs inside the cart lock, after the order rows were written and before the payment is
 * authorized. The hook is a step of Medusa's workflow: it scores the checkout (the IP and device
 * come from the request, see `checkoutRequestFor`) and stores the decision; its compensation deletes
 * the decision when a later step fails. A `block` verdict throws: Medusa's compensation removes
 * the order and its reservations, nothing is authorized or captured, and the shopper gets a 400
 * with the message. The blocked decision is kept on purpose (the operator sees refused checkouts).
 */
const beforePaymentAuthorization = (completeCartWorkflow.hooks as unknown as { beforePaymentAuthorization: BeforePaymentAuthorizationHook })
  .beforePaymentAuthorization

beforePaymentAuthorization(
  async ({ input }, { container }) => {
    const request = checkoutRequestFor(input.id)
    // No request: not a store API checkout (seed, scripts), not scored.
    if (!request) return new StepResponse(null, null)
    const draft = await scoreCheckout(container, input.id, request)
    const decision = (await fraudService(container).recordCheckoutDecision(draft)) as Decision
    if (decision.verdict === "block") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This order could not be placed: it was declined by our fraud checks. Contact support if you think this is a mistake."
      )
    }
    // Only what identifies the decision is kept in the completion's checkpoint.
    return new StepResponse({ id: decision.id, verdict: decision.verdict, score: decision.score }, decision.id)
  },
  async (id, { container }) => {
    // A later step failed (payment authorization): the order is gone, so is its decision.
    if (id) await fraudService(container).deleteFraudDecisions(id)
  }
)
