import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setReviewStatusWorkflow } from "@vitrina/reviews/workflows"
import {
  cancelHeldOrdersStep,
  createFraudDecisionStep,
  createFraudSignalStep,
  decideFraudDecisionStep,
  saveFraudConfigStep,
  scoreReviewStep,
  type FraudConfigInput,
  type SignalInput,
} from "./steps"

export type { FraudConfigInput, SignalInput }

/** Stores who was seen where (IP, device) on a request the fraud rules care about. */
export const recordFraudSignalWorkflow = createWorkflow("fraud-record-signal", (input: SignalInput) => {
  return new WorkflowResponse(createFraudSignalStep(input))
})

/**
 * Scores a review just written and stores the decision; a `review` verdict moves a published review
 * to pending (the operator's review queue), `block` hides it, through the reviews plugin's own
 * status workflow (aggregates and search follow).
 */
export const scoreReviewWorkflow = createWorkflow("fraud-score-review", (input: { review_id: string; status: string }) => {
  const draft = scoreReviewStep({ review_id: input.review_id })
  const decision = createFraudDecisionStep(draft)
  when({ decision, input }, ({ decision, input }) => !!decision && decision.verdict !== "allow" && input.status === "published").then(() => {
    setReviewStatusWorkflow.runAsStep({
      input: transform({ decision }, ({ decision }) => ({
        review_id: decision!.subject_id as string,
        status: decision!.verdict === "block" ? "hidden" : "pending",
        reason: `fraud: ${((decision!.rules ?? []) as { code: string }[]).map((r) => r.code).join(", ")}`,
      })),
    })
  })
  return new WorkflowResponse(decision)
})

/** The operator releases a held order (it may be fulfilled) or cancels it (its orders are cancelled). */
export const decideHeldOrderWorkflow = createWorkflow(
  "fraud-decide-held-order",
  (input: { id: string; action: "release" | "cancel"; actor_id: string; note: string | null }) => {
    const decision = decideFraudDecisionStep(input)
    when({ input }, ({ input }) => input.action === "cancel").then(() => {
      cancelHeldOrdersStep(transform({ decision, input }, ({ decision, input }) => ({ order_id: (decision.order_id as string | null) ?? null, actor_id: input.actor_id })))
    })
    return new WorkflowResponse(decision)
  }
)

/** The operator edits rules (on/off, weight, thresholds) and the verdict score thresholds. */
export const updateFraudConfigWorkflow = createWorkflow("fraud-update-config", (input: FraudConfigInput) => {
  return new WorkflowResponse(saveFraudConfigStep(input))
})
