import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePlan, storePlan, toBatches } from "../lib/plan-file"
import type { PlanProduct } from "../lib/types"
import { CATALOG_IMPORT_MODULE } from "../modules/catalog-import"
import type CatalogImportModuleService from "../modules/catalog-import/service"

export type CreateCatalogImportInput = {
  vendor_id: string
  format: "csv" | "json" | "xlsx"
  filename: string
  created_by: string | null
  batch_size: number
  products: PlanProduct[]
  counts: { total_rows: number; variants: number; creates: number; updates: number }
}

const storePlanStep = createStep(
  "store-catalog-import-plan",
  async (input: { vendor_id: string; products: PlanProduct[] }, { container }) => {
    const key = await storePlan(container, input.vendor_id, input.products)
    return new StepResponse(key, key)
  },
  async (key, { container }) => {
    if (key) await deletePlan(container, key)
  }
)

const createImportRecordStep = createStep(
  "create-catalog-import-record",
  async (input: CreateCatalogImportInput & { file_key: string }, { container }) => {
    const service = container.resolve<CatalogImportModuleService>(CATALOG_IMPORT_MODULE)
    const record = await service.createCatalogImports({
      vendor_id: input.vendor_id,
      status: "validated",
      format: input.format,
      filename: input.filename.slice(0, 255),
      file_key: input.file_key,
      created_by: input.created_by,
      products: input.products.length,
      batch_size: input.batch_size,
      total_batches: toBatches(input.products, input.batch_size).length,
      ...input.counts,
    })
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CatalogImportModuleService>(CATALOG_IMPORT_MODULE).deleteCatalogImports(id)
  }
)

/** A validated import: the plan stored privately for the job and the import record (status validated). */
export const createCatalogImportWorkflow = createWorkflow("create-catalog-import", (input: CreateCatalogImportInput) => {
  const key = storePlanStep(input)
  const record = createImportRecordStep(transform({ input, key }, ({ input, key }) => ({ ...input, file_key: key })))
  return new WorkflowResponse(record)
})

const queueImportStep = createStep(
  "queue-catalog-import",
  async (input: { id: string }, { container }) => {
    const service = container.resolve<CatalogImportModuleService>(CATALOG_IMPORT_MODULE)
    const record = await service.retrieveCatalogImport(input.id)
    if (record.status !== "validated") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This import is ${record.status}: only a validated import can be started`)
    }
    await service.updateCatalogImports({ id: input.id, status: "queued" })
    return new StepResponse({ id: input.id, attempt: record.attempts + 1 }, input.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CatalogImportModuleService>(CATALOG_IMPORT_MODULE).updateCatalogImports({ id, status: "validated" })
  }
)

/** validated → queued (the route then hands the job to the queue). */
export const startCatalogImportWorkflow = createWorkflow("start-catalog-import", (input: { id: string }) => {
  return new WorkflowResponse(queueImportStep(input))
})
