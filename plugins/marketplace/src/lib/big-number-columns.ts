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
