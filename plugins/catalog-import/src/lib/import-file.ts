import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createCatalogImportWorkflow, startCatalogImportWorkflow } from "../workflows/catalog-import"
import { importOptions } from "./options"
import { detectFormat, parseRows } from "./parse"
import { retrieveImport } from "./api"
import { runImport } from "./runner"
import { resolveTarget } from "./target"
import { validateImport, type RowError } from "./validate"

export type ImportFileResult = {
  import_id: string
  status: string
  rows: number
  created: number
  updated: number
  error: string | null
  /** parse + validate + store the plan (what the upload route does) */
  validate_ms: number
  /** the job: every batch written and checkpointed (what the queue's processor does) */
  import_ms: number
}

/**
 * The whole import in this process, without HTTP and queue: parse and validate the file for the
 * vendor (as the upload route does), store the plan and the import record, mark it queued (as the
 * start route does) and run the job's processor, `runImport`, to the end. For scripts (the
 * benchmark, seeding a large catalogue); the HTTP routes and the queue stay the product's path.
 * A file with row errors throws INVALID_DATA naming the first errors.
 */
export async function importCatalogFile(
  container: MedusaContainer,
  input: { vendor_id: string; content: Buffer; filename: string; batch_size?: number; created_by?: string | null }
): Promise<ImportFileResult> {
  const t0 = performance.now()
  const options = importOptions(container)
  const format = detectFormat(input.content, input.filename)
  const rows = await parseRows(input.content, format, options.max_rows)
  if (!rows.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The file has no data rows")
  const target = await resolveTarget(container, input.vendor_id)
  const result = await validateImport(container, { id: input.vendor_id, kind: target.vendor_kind }, rows)
  if (result.errors.length) {
    const first = result.errors.slice(0, 5).map((e: RowError) => `row ${e.row} ${e.column ?? ""}: ${e.message}`)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${result.errors.length} errors: ${first.join("; ")}`)
  }
  const { result: record } = await createCatalogImportWorkflow(container).run({
    input: {
      vendor_id: input.vendor_id,
      format,
      filename: input.filename,
      created_by: input.created_by ?? null,
      batch_size: input.batch_size ?? options.batch_size,
      products: result.products,
      counts: { total_rows: result.total_rows, variants: result.variants, creates: result.creates, updates: result.updates },
    },
  })
  const t1 = performance.now()
  await startCatalogImportWorkflow(container).run({ input: { id: record.id } })
  await runImport(container, record.id)
  const t2 = performance.now()
  const done = await retrieveImport(container, record.id)
  return {
    import_id: record.id,
    status: String(done.status),
    rows: Number(done.processed_rows),
    created: Number(done.created),
    updated: Number(done.updated),
    error: (done.error as string | null) ?? null,
    validate_ms: Math.round(t1 - t0),
    import_ms: Math.round(t2 - t1),
  }
}
