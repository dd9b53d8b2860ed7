import type ExcelJSModule from "exceljs"
import { COLUMNS } from "./parse"

const EXAMPLE_ROWS: Record<string, string>[] = [
  {
    handle: "linen-shirt", title: "Linen shirt", description: "Washed linen, relaxed fit.", status: "draft", kind: "product",
    category_handles: "", image_urls: "https://example.com/linen-shirt.jpg",
    option1_name: "Size", option1_value: "M", sku: "LINEN-SHIRT-M", price_eur: "49.90", price_usd: "54.00", inventory_quantity: "12",
  },
  { handle: "linen-shirt", option1_name: "Size", option1_value: "L", sku: "LINEN-SHIRT-L", price_eur: "49.90", price_usd: "54.00", inventory_quantity: "8" },
]

const rows = (kind: "seller" | "teacher") =>
  kind === "teacher"
    ? [
        { handle: "intro-to-sql", title: "Intro to SQL", description: "Queries from zero.", status: "draft", kind: "course", sku: "COURSE-INTRO-TO-SQL", price_eur: "39.00", course_level: "beginner", course_language: "en" },
        { handle: "advanced-sql", title: "Advanced SQL", description: "Window functions and plans.", status: "draft", kind: "course", sku: "COURSE-ADVANCED-SQL", price_eur: "59.00", course_level: "advanced", course_language: "en" },
      ]
    : EXAMPLE_ROWS

const full = (r: Record<string, string>) => Object.fromEntries(COLUMNS.map((c) => [c, r[c] ?? ""]))
const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/** The import template in a format, with two example rows (a seller's product, or a teacher's courses). */
export async function importTemplate(format: "csv" | "json" | "xlsx", kind: "seller" | "teacher" = "seller") {
  const data = rows(kind).map(full)
  if (format === "json") {
    return { body: Buffer.from(JSON.stringify(data, null, 2) + "\n"), type: "application/json" }
  }
  if (format === "csv") {
    const lines = [COLUMNS.join(","), ...data.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(","))]
    return { body: Buffer.from(lines.join("\n") + "\n"), type: "text/csv; charset=utf-8" }
  }
  // Loaded on first use (see parse.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require("exceljs") as typeof ExcelJSModule
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("catalog")
  sheet.addRow([...COLUMNS])
  for (const r of data) sheet.addRow(COLUMNS.map((c) => r[c]))
  sheet.getRow(1).font = { bold: true }
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  }
}
