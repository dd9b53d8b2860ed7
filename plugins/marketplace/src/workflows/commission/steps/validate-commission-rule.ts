import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CommissionScope } from "../../../modules/commission/models/commission-rule"
import { VENDOR_KINDS } from "../../../modules/vendor/models/vendor"

export type CommissionRuleInput = { scope: CommissionScope; reference?: string; rate: number; name?: string | null }

/** The reference must name what the scope says: nothing, a vendor kind, an existing vendor or category. */
export const validateCommissionRulesStep = createStep(
  "validate-commission-rules",
  async (rules: CommissionRuleInput[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    for (const rule of rules) {
      const ref = rule.reference ?? ""
      if (rule.scope === "default" && ref !== "") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A default rule takes no reference")
      }
      if (rule.scope === "kind" && !(VENDOR_KINDS as readonly string[]).includes(ref)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `A kind rule's reference must be one of ${VENDOR_KINDS.join(", ")}`)
      }
      if (rule.scope === "vendor" || rule.scope === "category") {
        const entity = rule.scope === "vendor" ? "vendor" : "product_category"
        const { data } = ref ? await query.graph({ entity, fields: ["id"], filters: { id: ref } }) : { data: [] }
        if (!data.length) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `No ${rule.scope} with id "${ref}"`)
        }
      }
    }
    return new StepResponse(undefined)
  }
)
