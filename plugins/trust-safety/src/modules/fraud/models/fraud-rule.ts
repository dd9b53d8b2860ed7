import { model } from "@medusajs/framework/utils"

/**
 * The operator's configuration of one fraud rule (`code`, see lib/fraud/rules.ts): on/off, the
 * weight it adds to the score when it fires and its thresholds (`params`). A rule without a row
 * runs with the plugin options' defaults; the admin API writes a row.
 */
const FraudRule = model.define("fraud_rule", {
  id: model.id({ prefix: "frule" }).primaryKey(),
  code: model.text().unique(),
  enabled: model.boolean().default(true),
  weight: model.number(),
  params: model.json(),
})

export default FraudRule
