import { MedusaError } from "@medusajs/framework/utils"
import { parse as parseCsv } from "csv-parse"
import type ExcelJS from "exceljs"
import { Readable } from "node:stream"

export const FORMATS = ["csv", "json", "xlsx"] as const
export type ImportFormat = (typeof FORMATS)[number]
export type RawRow = Record<string, string>

export const PRODUCT_COLUMNS = ["handle", "title", "description", "status", "kind", "category_handles", "image_urls"] as const
export const COLUMNS = [
  ...PRODUCT_COLUMNS,
  "option1_name", "option1_value", "option2_name", "option2_value", "option3_name", "option3_value",
  "sku", "price_eur", "price_usd", "inventory_quantity", "course_level", "course_language",
] as const
export const PRICE_COLUMN = /^price_([a-z]{3})$/

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The file's format by its content: ZIP magic → XLSX, `[` → JSON, UTF-8 text → CSV; anything else is refused. */
export function detectFormat(content: Buffer, filename: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase()
  if (!ext || !(FORMATS as readonly string[]).includes(ext)) {
    throw invalid(`The file must be a .csv, .json or .xlsx file (got "${filename.slice(0, 100)}")`)
  }
  if (!content.length) throw invalid("The file is empty")
  let found: ImportFormat
  if (content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    found = "xlsx"
  } else if (content.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw invalid("This is an old Excel (.xls) workbook: save it as .xlsx, .csv or .json")
  } else {
    const head = content.subarray(0, 1 << 16)
    let text: string
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(head.length < content.length ? trimPartialUtf8(head) : head)
    } catch {
      throw invalid(`The file "${filename.slice(0, 100)}" is not a text file (not UTF-8): upload a CSV, JSON or XLSX file`)
    }
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
      throw invalid(`The file "${filename.slice(0, 100)}" is a binary file, not a CSV, JSON or XLSX file`)
    }
    found = text.replace(/^\uFEFF/, "").trimStart().startsWith("[") ? "json" : "csv"
  }
  if (found !== ext) {
    throw invalid(`The file is named .${ext} but its content is ${found.toUpperCase()}: rename it or export it as ${ext.toUpperCase()}`)
  }
  return found
}

/** Drops an incomplete UTF-8 sequence at the end of a slice of a larger file. */
function trimPartialUtf8(buf: Buffer) {
  let end = buf.length
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = buf[end - i]
    if ((b & 0xc0) === 0x80) continue
    if (b >= 0xc0) end -= i
    break
  }
  return buf.subarray(0, end)
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return ""
  if (typeof v === "string") return v
  if (typeof v === "number" || typeof v === "boolean") return String(v)
  if (v instanceof Date) return v.toISOString()
  if (typeof v === "object") {
    const o = v as { text?: unknown; richText?: { text: string }[]; result?: unknown; hyperlink?: string; error?: string }
    if (o.richText) return o.richText.map((r) => r.text).join("")
    if (o.text !== undefined) return cellText(o.text)
    if (o.result !== undefined) return cellText(o.result)
    if (o.error) return ""
  }
  return ""
}

/** Header names as given, lower-cased; unknown columns are refused (a typo would silently drop data). */
function checkHeader(header: string[]): string[] {
  const names = header.map((h) => h.trim().toLowerCase())
  const unknown = names.filter((n) => n && !(COLUMNS as readonly string[]).includes(n) && !PRICE_COLUMN.test(n))
  if (unknown.length) {
    throw invalid(`Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.slice(0, 10).map((n) => n.slice(0, 40)).join(", ")}. See the template for the columns`)
  }
  const missing = ["handle", "title", "sku"].filter((c) => !names.includes(c))
  if (missing.length) throw invalid(`Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`)
  const dup = names.find((n, i) => n && names.indexOf(n) !== i)
  if (dup) throw invalid(`The column ${dup} appears twice`)
  return names
}

const toRow = (names: string[], values: unknown[]): RawRow => {
  const row: RawRow = {}
  names.forEach((n, i) => {
    if (n) row[n] = cellText(values[i]).trim()
  })
  return row
}

/** All data rows of the file (header excluded), every value as trimmed text. */
export async function parseRows(content: Buffer, format: ImportFormat, maxRows: number): Promise<RawRow[]> {
  const rows: RawRow[] = []
  const push = (row: RawRow) => {
    if (Object.values(row).every((v) => v === "")) return
    if (rows.length >= maxRows) throw invalid(`A file may have at most ${maxRows} rows`)
    rows.push(row)
  }
  if (format === "json") {
    let data: unknown
    try {
      data = JSON.parse(content.toString("utf8").replace(/^\uFEFF/, ""))
    } catch (e) {
      throw invalid(`The JSON file is not valid JSON: ${(e as Error).message.slice(0, 200)}`)
    }
    if (!Array.isArray(data)) throw invalid("The JSON file must be an array of row objects")
    const keys = new Set<string>()
    data.forEach((item, i) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) throw invalid(`Row ${i + 1} of the JSON file is not an object`)
      Object.keys(item).forEach((k) => keys.add(k))
    })
    const names = checkHeader([...keys])
    const original = [...keys]
    for (const item of data as Record<string, unknown>[]) {
      push(toRow(names, original.map((k) => {
        const v = item[k]
        return v !== null && typeof v === "object" ? "" : v
      })))
    }
    return rows
  }
  if (format === "csv") {
    const parser = Readable.from([content]).pipe(
      parseCsv({ bom: true, skip_empty_lines: true, relax_quotes: false, max_record_size: 1 << 20 })
    )
    let names: string[] | null = null
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        if (!names) {
          names = checkHeader(record)
          continue
        }
        push(toRow(names, record))
      }
    } catch (e) {
      if (e instanceof MedusaError) throw e
      throw invalid(`The CSV file could not be read: ${(e as Error).message.slice(0, 200)}`)
    }
    if (!names) throw invalid("The file has no header row")
    return rows
  }
  // XLSX: the first worksheet, streamed; its first row is the header.
  try {
    // Loaded on first use: exceljs and its zip libraries were most of the 15 MB of heap that four
    // libraries loaded at boot and rarely used (exceljs, bull, pdfkit, the AWS SDK) cost every process.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Excel = require("exceljs") as typeof ExcelJS
    const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([content]), {
      sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit", entries: "emit",
    } as never)
    let names: string[] | null = null
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as unknown[]).slice(1)
        if (!names) {
          names = checkHeader(values.map(cellText))
          continue
        }
        push(toRow(names, values))
      }
      break
    }
    if (!names) throw invalid("The workbook's first worksheet has no header row")
  } catch (e) {
    if (e instanceof MedusaError) throw e
    throw invalid(`The file is not a valid XLSX workbook: ${(e as Error).message.slice(0, 200)}`)
  }
  return rows
}
