import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ImportWriter } from "./types"

export const PLUGIN_NAME = "@vitrina/catalog-import"
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024
export const DEFAULT_BATCH_SIZE = 2000
export const DEFAULT_MAX_ROWS = 200_000
export const DEFAULT_STALE_SECONDS = 60

export type CatalogImportOptions = {
  max_file_bytes: number
  batch_size: number
  max_rows: number
  stale_after_seconds: number
  writer: ImportWriter
}

const positive = (value: unknown, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback
}

/**
 * How new products are written (see ImportWriter): the plugin option `writer`, which the
 * environment variable CATALOG_IMPORT_WRITER overrides when the import runs (tests and the
 * benchmark compare both writers in one process).
 */
export function importWriter(container: MedusaContainer): ImportWriter {
  const fromEnv = process.env.CATALOG_IMPORT_WRITER
  if (fromEnv === "bulk" || fromEnv === "service") return fromEnv
  return importOptions(container).writer
}

/** The plugin's options from medusa-config (`plugins: [{ resolve: "@vitrina/catalog-import", options }]`). */
export function importOptions(container: MedusaContainer): CatalogImportOptions {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find(
    (p: unknown) => typeof p === "object" && p !== null && (p as { resolve?: string }).resolve === PLUGIN_NAME
  ) as { options?: Record<string, unknown> } | undefined
  const o = entry?.options ?? {}
  return {
    max_file_bytes: positive(o.max_file_bytes, DEFAULT_MAX_FILE_BYTES),
    batch_size: positive(o.batch_size, DEFAULT_BATCH_SIZE),
    max_rows: positive(o.max_rows, DEFAULT_MAX_ROWS),
    stale_after_seconds: positive(o.stale_after_seconds, DEFAULT_STALE_SECONDS),
    writer: o.writer === "service" ? "service" : "bulk",
  }
}

export const formatBytes = (n: number) =>
  n >= 1024 ** 3 ? `${+(n / 1024 ** 3).toFixed(2)} GiB` : n >= 1024 ** 2 ? `${+(n / 1024 ** 2).toFixed(1)} MiB` : `${n} bytes`
