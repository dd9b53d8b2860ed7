import { MedusaService } from "@medusajs/framework/utils"
import ModerationCase from "./models/moderation-case"
import VendorVerification from "./models/vendor-verification"
import VerificationDocument from "./models/verification-document"

class TrustSafetyModuleService extends MedusaService({ VendorVerification, VerificationDocument, ModerationCase }) {}

export default TrustSafetyModuleService
