import type { Locale } from "../i18n/config"
import { localeTags } from "../i18n/config"

/**
 * Formats a Medusa 2 amount. Medusa 2 stores amounts in major units (29.99 means
 * 29.99 EUR), so no division by 100 happens here.
 */
export function formatPrice(
  amount: number | string | null | undefined,
  currencyCode: string | null | undefined,
  locale: Locale
): string {
  if (amount === null || amount === undefined || amount === "" || !currencyCode) {
    return ""
  }
  const value = typeof amount === "string" ? Number(amount) : amount
  if (!Number.isFinite(value)) {
    return ""
  }
  try {
    return new Intl.NumberFormat(localeTags[locale], {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(value)
  } catch {
    // Unknown currency code: still show something meaningful.
    return `${value.toFixed(2)} ${currencyCode.toUpperCase()}`
  }
}

/** Plain number for structured data (`"29.99"`), never localized. */
export function toSchemaPrice(amount: number): string {
  return (Math.round(amount * 100) / 100).toFixed(2)
}
