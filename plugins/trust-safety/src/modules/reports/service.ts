import { MedusaService } from "@medusajs/framework/utils"
import Report from "./models/report"
import ReportAction from "./models/report-action"

class ReportsModuleService extends MedusaService({ Report, ReportAction }) {}

export default ReportsModuleService
