import { MedusaService } from "@medusajs/framework/utils"
import CatalogImport from "./models/catalog-import"

class CatalogImportModuleService extends MedusaService({ CatalogImport }) {}

export default CatalogImportModuleService
