import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_IMPORT_MODULE } from "../modules/catalog-import"
import type CatalogImportModuleService from "../modules/catalog-import/service"
import { importCatalogBatchWorkflow } from "../workflows/import-catalog-batch"
import { importWriter } from "./options"
import { loadPlan, toBatches } from "./plan-file"
import { resolveTarget } from "./target"

/** Thrown by the fault injection: the worker "dies" without recording anything (as a killed process would). */
export class WorkerKilled extends Error {}

const HEARTBEAT_MS = 5_000

/**
 * Fault injection for the resume test: with CATALOG_IMPORT_KILL_AFTER_BATCHES=N the worker stops
 * dead after writing N batches in one run, before the N-th batch's checkpoint — no status, no heartbeat.
 */
const killAfter = () => {
  const n = Number(process.env.CATALOG_IMPORT_KILL_AFTER_BATCHES)
  return Number.isInteger(n) && n > 0 ? n : null
}

/**
 * Runs (or resumes) one import: batch after batch from the checkpoint, each batch one workflow;
 * after each batch the checkpoint, counters and heartbeat are saved. A batch re-run after a crash
 * updates what it wrote (handles and SKUs are keys), so resuming never duplicates.
 */
export async function runImport(container: MedusaContainer, importId: string) {
  const service = container.resolve<CatalogImportModuleService>(CATALOG_IMPORT_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const record = await service.retrieveCatalogImport(importId)
  if (record.status === "completed" || record.status === "failed" || record.status === "validated") return
  await service.updateCatalogImports({
    id: importId,
    status: "running",
    attempts: record.attempts + 1,
    heartbeat_at: new Date(),
    started_at: record.started_at ?? new Date(),
  })
  const beat = setInterval(() => {
    service.updateCatalogImports({ id: importId, heartbeat_at: new Date() }).catch(() => undefined)
  }, HEARTBEAT_MS)
  const kill = killAfter()
  const writer = importWriter(container)
  let done = 0
  try {
    const [plan, target] = await Promise.all([loadPlan(container, record.file_key), resolveTarget(container, record.vendor_id)])
    const batches = toBatches(plan, record.batch_size)
    let processed = batches.slice(0, record.checkpoint).reduce((n, b) => n + b.reduce((m, p) => m + p.variants.length, 0), 0)
    let created = record.created
    let updated = record.updated
    for (let i = record.checkpoint; i < batches.length; i++) {
      const { result } = await importCatalogBatchWorkflow(container).run({ input: { target, products: batches[i], writer } })
      // Dies after the batch is written but before its checkpoint: the hardest case for a resume.
      if (kill !== null && done + 1 >= kill) throw new WorkerKilled(`killed after ${done + 1} batches`)
      processed += batches[i].reduce((n, p) => n + p.variants.length, 0)
      created += result.created
      updated += result.updated
      done++
      await service.updateCatalogImports({ id: importId, checkpoint: i + 1, processed_rows: processed, created, updated, heartbeat_at: new Date() })
    }
    await service.updateCatalogImports({ id: importId, status: "completed", completed_at: new Date(), error: null })
    logger.info(`Catalog import ${importId}: ${processed} rows (${created} created, ${updated} updated)`)
  } catch (e) {
    if (e instanceof WorkerKilled) {
      logger.warn(`Catalog import ${importId}: worker killed (fault injection) after ${done} batches`)
      return
    }
    const message = (e as Error).message?.slice(0, 2000) ?? "Import failed"
    logger.error(`Catalog import ${importId} failed: ${message}`)
    await service.updateCatalogImports({ id: importId, status: "failed", error: message, completed_at: new Date() })
  } finally {
    clearInterval(beat)
  }
}
