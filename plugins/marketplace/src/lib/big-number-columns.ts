import { BigNumber, trimZeros } from "@medusajs/framework/utils"

/**
 * The two columns a `model.bigNumber()` property is stored in (`<name>` numeric and `raw_<name>`
 * JSON), written exactly as Medusa's ORM property writes them, for the few inserts that skip the ORM.
 */
export function bigNumberColumns(value: string | number): { numeric: number; raw: string } {
  const big = new BigNumber(value)
  const raw = big.raw as { value: string; precision: number }
  return { numeric: big.numeric, raw: JSON.stringify({ ...raw, value: trimZeros(String(raw.value)) }) }
}

/** PostgreSQL's unique_violation, however the driver error reached us (raw pg error or MikroORM's wrapper). */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; previous?: { code?: string }; name?: string } | null
  return err?.code === "23505" || err?.previous?.code === "23505" || err?.name === "UniqueConstraintViolationException"
}
