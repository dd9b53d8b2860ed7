import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type Bull from "bull"
import { runImport } from "./runner"

/**
 * The import job queue. With REDIS_URL: a `bull` queue on Redis (jobs survive a restart and run on
 * the worker processes). Without: an in-process FIFO. Both run the same processor, `runImport`,
 * one import at a time per process; a job lost with its process is found again by the recovery
 * job (stale heartbeat) and resumed from its checkpoint.
 */
const QUEUE_NAME = "vitrina-catalog-import"

let bull: Bull.Queue<{ import_id: string }> | null = null
let processing = false
let tail: Promise<void> = Promise.resolve()
const pending = new Set<string>()

const isServerOnly = (container: MedusaContainer) =>
  container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig?.workerMode === "server"

function bullQueue(container: MedusaContainer) {
  if (!bull) {
    // Required here, not imported: without Redis the process never loads bull.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Queue = require("bull") as typeof Bull
    bull = new Queue(QUEUE_NAME, process.env.REDIS_URL as string)
  }
  if (!processing && !isServerOnly(container)) {
    processing = true
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    void bull.process(1, async (job) => runImport(container, job.data.import_id)).catch((e) => logger.error(`catalog import queue: ${e.message}`))
  }
  return bull
}

/** Starts the processor on a worker (called at boot by the recovery job; enqueueing starts it too). */
export function startImportWorker(container: MedusaContainer) {
  if (process.env.REDIS_URL) bullQueue(container)
}

export async function enqueueImport(container: MedusaContainer, importId: string, attempt: number) {
  if (process.env.REDIS_URL) {
    await bullQueue(container).add(
      { import_id: importId },
      { jobId: `${importId}:${attempt}`, removeOnComplete: true, removeOnFail: 100 }
    )
    return
  }
  if (pending.has(importId)) return
  pending.add(importId)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  tail = tail
    .then(() => runImport(container, importId))
    .catch((e) => logger.error(`catalog import ${importId}: ${(e as Error).message}`))
    .finally(() => pending.delete(importId))
}

/** Whether this process is running the import (in-process queue only). */
export const isPendingHere = (importId: string) => pending.has(importId)

export async function closeImportQueue() {
  if (bull) await bull.close()
  bull = null
  processing = false
}
