import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { CATALOG_IMPORT_MODULE } from "../modules/catalog-import"
import type CatalogImportModuleService from "../modules/catalog-import/service"
import { createCatalogImportWorkflow, startCatalogImportWorkflow } from "../workflows/catalog-import"
import { formatBytes, importOptions } from "./options"
import { detectFormat, parseRows } from "./parse"
import { enqueueImport } from "./queue"
import { resolveTarget } from "./target"
import { validateImport } from "./validate"

type Upload = { file?: { buffer: Buffer; originalname: string; size: number } }

/** Multipart with ONE file in the field `file` (in memory, up to max_file_bytes); `fields` other text fields allowed. */
export function parseImportUpload(fields: number) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const limit = importOptions(req.scope).max_file_bytes
    const parser = multer({ storage: multer.memoryStorage(), limits: { fileSize: limit, files: 1, fields, fieldSize: 1024 } }).single("file")
    parser(req as never, res as never, (err?: unknown) => {
      if (err instanceof multer.MulterError) {
        const messages: Record<string, string> = {
          LIMIT_FILE_SIZE: `The file is too large: an import file may be at most ${formatBytes(limit)}`,
          LIMIT_FILE_COUNT: "Send one file per import",
          LIMIT_FIELD_COUNT: fields ? "Only the file and vendor_id may be sent" : "Only the file may be sent, in the field `file`",
          LIMIT_UNEXPECTED_FILE: "The file must be sent in the field `file`",
        }
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, messages[err.code] ?? err.message))
      }
      if (err) return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The upload is not a valid multipart form"))
      if (!(req as unknown as Upload).file) return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Send the file in the multipart field `file`"))
      next()
    })
  }
}

export const IMPORT_FIELDS = [
  "id", "vendor_id", "status", "format", "filename", "total_rows", "products", "variants", "creates", "updates",
  "processed_rows", "created", "updated", "checkpoint", "total_batches", "attempts", "error", "started_at", "completed_at", "created_at", "updated_at",
] as const

type ImportRecord = Record<(typeof IMPORT_FIELDS)[number], unknown>

export function presentImport(r: ImportRecord) {
  const total = Number(r.total_rows) || 0
  return {
    ...r,
    progress: r.status === "completed" ? 100 : total ? Math.min(100, Math.floor((Number(r.processed_rows) / total) * 100)) : 0,
  }
}

/**
 * Parses and validates the upload for a vendor; on any row error answers 400 with every error and
 * writes nothing; else stores the plan and answers 201 with the validated import.
 */
export async function handleImportUpload(req: MedusaRequest, res: MedusaResponse, vendorId: string, createdBy: string | null) {
  const container = req.scope
  const file = (req as unknown as Upload).file!
  const options = importOptions(container)
  const format = detectFormat(file.buffer, file.originalname)
  const rows = await parseRows(file.buffer, format, options.max_rows)
  if (!rows.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The file has no data rows")
  const target = await resolveTarget(container, vendorId)
  const result = await validateImport(container, { id: vendorId, kind: target.vendor_kind }, rows)
  if (result.errors.length) {
    const rowsWithErrors = new Set(result.errors.map((e) => e.row)).size
    res.status(400).json({
      type: "invalid_data",
      message: `${rowsWithErrors} row${rowsWithErrors === 1 ? " has" : "s have"} errors`,
      errors: result.errors.slice(0, 1000),
      errors_count: result.errors.length,
    })
    return
  }
  const { result: record } = await createCatalogImportWorkflow(container).run({
    input: {
      vendor_id: vendorId,
      format,
      filename: file.originalname,
      created_by: createdBy,
      batch_size: options.batch_size,
      products: result.products,
      counts: { total_rows: result.total_rows, variants: result.variants, creates: result.creates, updates: result.updates },
    },
  })
  res.status(201).json({ import: presentImport(await retrieveImport(container, record.id)) })
}

export async function retrieveImport(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [row] } = await query.graph({ entity: "catalog_import", fields: [...IMPORT_FIELDS], filters: { id } })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Catalog import ${id} was not found`)
  return row as ImportRecord
}

export async function listImports(container: MedusaContainer, filters: Record<string, unknown>, limit: number, offset: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "catalog_import",
    fields: [...IMPORT_FIELDS],
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  return { imports: (data as ImportRecord[]).map(presentImport), count: metadata?.count ?? data.length, limit, offset }
}

export async function startImport(container: MedusaContainer, id: string) {
  const { result } = await startCatalogImportWorkflow(container).run({ input: { id } })
  await enqueueImport(container, id, result.attempt)
  return presentImport(await retrieveImport(container, id))
}

export const importService = (c: MedusaContainer) => c.resolve<CatalogImportModuleService>(CATALOG_IMPORT_MODULE)
