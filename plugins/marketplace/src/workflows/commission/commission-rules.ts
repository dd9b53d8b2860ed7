import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCommissionRulesStep,
  deleteCommissionRuleStep,
  updateCommissionRuleStep,
  type UpdateCommissionRuleInput,
} from "./steps/commission-rules"
import { validateCommissionRulesStep, type CommissionRuleInput } from "./steps/validate-commission-rule"

export type { CommissionRuleInput, UpdateCommissionRuleInput }

/** Creates commission rules after checking each reference (a second rule for one scope+reference is refused). */
export const createCommissionRulesWorkflow = createWorkflow(
  "create-commission-rules",
  (input: { rules: CommissionRuleInput[] }) => {
    validateCommissionRulesStep(input.rules)
    return new WorkflowResponse(createCommissionRulesStep(input.rules))
  }
)

/** Changes a rule's rate or name (scope and reference are its identity: delete and create instead). */
export const updateCommissionRuleWorkflow = createWorkflow(
  "update-commission-rule",
  (input: UpdateCommissionRuleInput) => new WorkflowResponse(updateCommissionRuleStep(input))
)

export const deleteCommissionRuleWorkflow = createWorkflow(
  "delete-commission-rule",
  (input: { id: string }) => new WorkflowResponse(deleteCommissionRuleStep(input.id))
)
