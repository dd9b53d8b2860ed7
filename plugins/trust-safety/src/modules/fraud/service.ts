import { MedusaService } from "@medusajs/framework/utils"
import FraudDecision from "./models/fraud-decision"
import FraudRule from "./models/fraud-rule"
import FraudSettings from "./models/fraud-settings"
import FraudSignal from "./models/fraud-signal"

class FraudModuleService extends MedusaService({ FraudRule, FraudSettings, FraudSignal, FraudDecision }) {}

export default FraudModuleService
