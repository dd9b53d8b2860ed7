import { MedusaService } from "@medusajs/framework/utils"
import MarketplaceSetting from "./models/marketplace-setting"
import Vendor from "./models/vendor"
import VendorInvite from "./models/vendor-invite"
import VendorMember from "./models/vendor-member"

class VendorModuleService extends MedusaService({ Vendor, VendorMember, VendorInvite, MarketplaceSetting }) {
  /** The settings row, created with defaults on first use. */
  async getSettings() {
    const [settings] = await this.listMarketplaceSettings({}, { take: 1 })
    return settings ?? (await this.createMarketplaceSettings({}))
  }
}

export default VendorModuleService
