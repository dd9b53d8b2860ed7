import type { MedusaContainer } from "@medusajs/framework/types"
import { recoverStaleImports } from "../lib/recover"

/** Every minute (and so soon after boot): imports whose worker died are resumed from their checkpoint. */
export default async function resumeCatalogImports(container: MedusaContainer) {
  await recoverStaleImports(container)
}

export const config = { name: "resume-catalog-imports", schedule: "* * * * *" }
