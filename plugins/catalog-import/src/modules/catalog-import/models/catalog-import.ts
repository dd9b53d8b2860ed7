import { model } from "@medusajs/framework/utils"

export const IMPORT_STATUSES = ["validated", "queued", "running", "completed", "failed"] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

/**
 * One catalogue import of one vendor: the validated file (stored privately, `file_key`), what the
 * validation found, and the job's progress. `checkpoint` is the number of batches written: a job
 * that dies is resumed from there (batches are idempotent: keyed by handle and SKU).
 */
const CatalogImport = model
  .define("catalog_import", {
    id: model.id({ prefix: "cimp" }).primaryKey(),
    vendor_id: model.text(),
    status: model.enum([...IMPORT_STATUSES]).default("validated"),
    format: model.enum(["csv", "json", "xlsx"]),
    filename: model.text(),
    file_key: model.text(),
    total_rows: model.number().default(0),
    products: model.number().default(0),
    variants: model.number().default(0),
    creates: model.number().default(0),
    updates: model.number().default(0),
    batch_size: model.number().default(1000),
    total_batches: model.number().default(0),
    checkpoint: model.number().default(0),
    processed_rows: model.number().default(0),
    created: model.number().default(0),
    updated: model.number().default(0),
    attempts: model.number().default(0),
    heartbeat_at: model.dateTime().nullable(),
    started_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    error: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["vendor_id", "created_at"] }, { on: ["status"] }])

export default CatalogImport
