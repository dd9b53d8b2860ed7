import { MedusaService } from "@medusajs/framework/utils"
import Vendor from "./models/vendor"
import VendorMember from "./models/vendor-member"

class VendorModuleService extends MedusaService({ Vendor, VendorMember }) {}

export default VendorModuleService
