import { describe, expect, it } from "@jest/globals"
import { importProgress, isImportFinished, readImport, readUploadAnswer } from "./catalog-import"

const validated = {
  import: {
    id: "cimp_1",
    status: "validated",
    format: "csv",
    filename: "lamps.csv",
    total_rows: 3,
    products: 2,
    variants: 3,
    creates: 3,
    updates: 0,
    processed_rows: 0,
    created: 0,
    updated: 0,
    progress: 0,
    error: null,
    created_at: "2026-01-01T00:00:00.000Z",
    completed_at: null,
  },
}

describe("readUploadAnswer", () => {
  it("reads a validated import from a 201", () => {
    const answer = readUploadAnswer(201, validated, "fallback")
    expect(answer.kind).toBe("validated")
    expect(answer.kind === "validated" && answer.import).toMatchObject({ id: "cimp_1", products: 2, variants: 3, creates: 3 })
  })

  it("reads every row error of a refused file, and the total count", () => {
    const answer = readUploadAnswer(
      400,
      {
        type: "invalid_data",
        message: "1 row has errors",
        errors: [{ row: 2, column: "price_eur", message: "price must not be negative (got -3)" }, { row: 3, column: null, message: "x" }],
        errors_count: 5,
      },
      "fallback"
    )
    expect(answer).toEqual({
      kind: "invalid",
      message: "1 row has errors",
      errors: [
        { row: 2, column: "price_eur", message: "price must not be negative (got -3)" },
        { row: 3, column: null, message: "x" },
      ],
      errorsCount: 5,
    })
  })

  it("keeps the message of a file refused as a whole", () => {
    expect(readUploadAnswer(400, { type: "invalid_data", message: "Unknown column: prise_eur" }, "fallback")).toEqual({
      kind: "error",
      message: "Unknown column: prise_eur",
    })
  })

  it("falls back to a generic message for answers without one", () => {
    expect(readUploadAnswer(502, null, "fallback")).toEqual({ kind: "error", message: "fallback" })
    expect(readUploadAnswer(201, { import: { id: 1 } }, "fallback")).toEqual({ kind: "error", message: "fallback" })
  })
})

describe("import state", () => {
  it("bounds the progress to a whole 0–100", () => {
    expect(importProgress(42.9)).toBe(42)
    expect(importProgress(140)).toBe(100)
    expect(importProgress("x")).toBe(0)
    expect(importProgress(-1)).toBe(0)
  })

  it("knows when the job is over", () => {
    expect(isImportFinished("completed")).toBe(true)
    expect(isImportFinished("failed")).toBe(true)
    expect(isImportFinished("running")).toBe(false)
    expect(isImportFinished("queued")).toBe(false)
  })

  it("refuses what is not an import", () => {
    expect(readImport({ import: { id: "cimp_1", status: "weird" } })).toBeNull()
    expect(readImport(null)).toBeNull()
  })
})
