/**
 * Catalogue import in the vendor portal: reading the backend's answers. Pure module (unit tested).
 */
import type { CatalogImport, CatalogImportRowError, CatalogImportStatus, CatalogImportUpload } from "../../types/vitrina"

export const IMPORT_FORMATS = ["csv", "xlsx", "json"] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** The file types the upload accepts (the backend recognises the type by content anyway). */
export const IMPORT_ACCEPT = ".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/** At most this many row errors are shown; the count says how many there are in all. */
export const MAX_SHOWN_ERRORS = 200

const STATUSES: CatalogImportStatus[] = ["validated", "queued", "running", "completed", "failed"]

export function isImportFormat(value: unknown): value is ImportFormat {
  return typeof value === "string" && (IMPORT_FORMATS as readonly string[]).includes(value)
}

/** True once the job will not change the import any more. */
export function isImportFinished(status: CatalogImportStatus): boolean {
  return status === "completed" || status === "failed"
}

/** A whole percentage 0–100 (the backend's `progress`, guarded against odd values). */
export function importProgress(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value)
  return Number.isFinite(n) ? Math.max(0, Math.min(100, Math.floor(n))) : 0
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

const text = (value: unknown, max = 500) => (typeof value === "string" ? value.slice(0, max) : "")
const count = (value: unknown) => (typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0)

/** A catalogue import from an API answer (`{ import }` or the record itself), or null when it is not one. */
export function readImport(value: unknown): CatalogImport | null {
  const outer = record(value)
  const r = record(outer?.import) ?? outer
  if (!r || typeof r.id !== "string" || !STATUSES.includes(r.status as CatalogImportStatus)) {
    return null
  }
  const format = isImportFormat(r.format) ? r.format : "csv"
  return {
    id: r.id,
    status: r.status as CatalogImportStatus,
    format,
    filename: text(r.filename, 255),
    total_rows: count(r.total_rows),
    products: count(r.products),
    variants: count(r.variants),
    creates: count(r.creates),
    updates: count(r.updates),
    processed_rows: count(r.processed_rows),
    created: count(r.created),
    updated: count(r.updated),
    progress: importProgress(r.progress),
    error: typeof r.error === "string" && r.error ? text(r.error) : null,
    created_at: text(r.created_at, 40),
    completed_at: typeof r.completed_at === "string" ? r.completed_at : null,
  }
}

function readRowError(value: unknown): CatalogImportRowError | null {
  const r = record(value)
  if (!r || typeof r.row !== "number" || typeof r.message !== "string") {
    return null
  }
  return { row: r.row, column: typeof r.column === "string" && r.column ? r.column.slice(0, 60) : null, message: text(r.message) }
}

/**
 * The answer to `POST /vendor/catalog-imports`: 201 with the validated import; 400 with every row
 * error (`errors`), or 400 with only a message (unknown column, not a CSV/XLSX/JSON file, …);
 * anything else is an error with the backend's message or `fallback`.
 */
export function readUploadAnswer(status: number, body: unknown, fallback: string): CatalogImportUpload {
  const b = record(body)
  const message = text(b?.message) || fallback
  if (status === 201 || status === 200) {
    const validated = readImport(body)
    return validated ? { kind: "validated", import: validated } : { kind: "error", message: fallback }
  }
  if (status === 400 && Array.isArray(b?.errors)) {
    const errors = b.errors.map(readRowError).filter((e): e is CatalogImportRowError => e !== null)
    if (errors.length > 0) {
      return {
        kind: "invalid",
        message,
        errors: errors.slice(0, MAX_SHOWN_ERRORS),
        errorsCount: Math.max(count(b.errors_count), errors.length),
      }
    }
  }
  return { kind: "error", message }
}
