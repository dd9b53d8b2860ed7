import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_IMPORT_MODULE } from "../modules/catalog-import"
import type CatalogImportModuleService from "../modules/catalog-import/service"
import { importOptions } from "./options"
import { enqueueImport, isPendingHere, startImportWorker } from "./queue"

/**
 * Finds imports whose worker is gone — `running` with a heartbeat older than `stale_after_seconds`
 * (process killed, server restarted), or `queued` that long without starting — and queues them
 * again: the job resumes from the import's checkpoint. Run at boot and every minute by the
 * scheduled job `resume-catalog-imports`.
 */
export async function recoverStaleImports(container: MedusaContainer, opts: { staleAfterSeconds?: number } = {}) {
  startImportWorker(container)
  const service = container.resolve<CatalogImportModuleService>(CATALOG_IMPORT_MODULE)
  const stale = opts.staleAfterSeconds ?? importOptions(container).stale_after_seconds
  const before = new Date(Date.now() - stale * 1000)
  const running = await service.listCatalogImports({ status: "running", heartbeat_at: { $lt: before } }, { take: 100 })
  const queued = await service.listCatalogImports({ status: "queued", updated_at: { $lt: before } }, { take: 100 })
  const found = [...running, ...queued].filter((r) => !isPendingHere(r.id))
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  for (const record of found) {
    logger.warn(`Catalog import ${record.id}: resuming from batch ${record.checkpoint} (worker lost)`)
    await service.updateCatalogImports({ id: record.id, status: "queued" })
    await enqueueImport(container, record.id, record.attempts + 1)
  }
  return found.map((r) => r.id)
}
