import { MedusaService } from "@medusajs/framework/utils"
import CommissionLine from "./models/commission-line"
import CommissionRule from "./models/commission-rule"
import LedgerEntry from "./models/ledger-entry"

class CommissionModuleService extends MedusaService({ CommissionRule, CommissionLine, LedgerEntry }) {}

export default CommissionModuleService
