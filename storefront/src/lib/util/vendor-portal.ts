/**
 * Pure helpers of the vendor portal: shop handles, prices typed by people, variants generated
 * from an option's values. No Next.js imports: unit-tested in `vendor-portal.unit.spec.ts`.
 */

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh",
  щ: "sch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
}

/** The backend's handle rule: lowercase letters and digits, single dashes, 2–60 characters. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Nordlicht Home!" -> "nordlicht-home"; Cyrillic is transliterated ("Мастерская" -> "masterskaya"). */
export function suggestHandle(name: string): string {
  const latin = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split("")
    .map((char) => CYRILLIC[char] ?? char)
    .join("")
  return latin
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "")
}

export function isValidHandle(handle: string): boolean {
  return handle.length >= 2 && handle.length <= 60 && HANDLE_PATTERN.test(handle)
}

/**
 * A price typed by a person, in major units: "19.9", "19,90", " 1 299,00 " -> number.
 * Empty input gives null; anything that is not a non-negative number gives NaN.
 */
export function parseAmount(raw: string | null | undefined): number | null {
  const text = (raw ?? "").replace(/[\s\u00a0]/g, "")
  if (!text) {
    return null
  }
  const normalized = text.includes(",") && !text.includes(".") ? text.replace(",", ".") : text.replace(/,/g, "")
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) {
    return Number.NaN
  }
  return Number(normalized)
}

/** "S, M, , L, M" -> ["S", "M", "L"]. */
export function splitValues(raw: string | null | undefined): string[] {
  const seen = new Set<string>()
  for (const value of (raw ?? "").split(",")) {
    const trimmed = value.trim().slice(0, 50)
    if (trimmed && !seen.has(trimmed)) {
      seen.add(trimmed)
    }
  }
  return [...seen]
}

export type PriceInput = { currency_code: string; amount: number }

export type VariantRowInput = {
  value: string
  sku?: string
  prices: PriceInput[]
}

export type ProductVariantsBody = {
  options: { title: string; values: string[] }[]
  variants: { title: string; sku?: string; options: Record<string, string>; prices: PriceInput[] }[]
}

/**
 * The `options` and `variants` of `POST /vendor/products`: one option whose values each become a
 * variant, or — without values — a single variant under the option `defaultTitle`/`defaultValue`.
 */
export function buildVariants(
  optionTitle: string,
  rows: VariantRowInput[],
  defaults: { title: string; value: string }
): ProductVariantsBody {
  const title = optionTitle.trim() || defaults.title
  const usable = rows.filter((row) => row.value.trim())
  const effective = usable.length > 0 ? usable : rows.slice(0, 1).map((row) => ({ ...row, value: defaults.value }))
  return {
    options: [{ title, values: effective.map((row) => row.value.trim()) }],
    variants: effective.map((row) => ({
      title: row.value.trim(),
      ...(row.sku?.trim() ? { sku: row.sku.trim() } : {}),
      options: { [title]: row.value.trim() },
      prices: row.prices,
    })),
  }
}

/** Page links of the vendor's product list, keeping the status filter. */
export function vendorProductsHref(base: string, { status, page }: { status?: string | null; page?: number }): string {
  const params = new URLSearchParams()
  if (status) params.set("status", status)
  if (page && page > 1) params.set("page", String(page))
  const query = params.toString()
  return query ? `${base}?${query}` : base
}

/** A positive page number from a search parameter. */
export function pageParam(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw)
  return Number.isInteger(value) && value > 0 ? value : 1
}
