import type { Locale } from "./config"
import { localeTags } from "./config"

export type PluralForms = {
  one: string
  few: string
  many: string
  other: string
}

/** Replaces `{name}` placeholders. Unknown placeholders are left as they are. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole
  )
}

/** Chooses the plural form for `count` with `Intl.PluralRules`, then fills `{count}`. */
export function plural(
  locale: Locale,
  count: number,
  forms: PluralForms,
  values: Record<string, string | number> = {}
): string {
  const category = new Intl.PluralRules(localeTags[locale]).select(count)
  const template =
    category === "one" || category === "few" || category === "many" ? forms[category] : forms.other
  return interpolate(template, { count, ...values })
}

export function formatDate(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) {
    return ""
  }
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) {
    return ""
  }
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium" }).format(date)
}

function displayName(type: "language" | "region", code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([localeTags[locale]], { type }).of(code) ?? code
  } catch {
    return code
  }
}

/** "de" -> "Germany" / "Германия". */
export function countryName(code: string | null | undefined, locale: Locale): string {
  if (!code) {
    return ""
  }
  return /^[a-z]{2}$/i.test(code) ? displayName("region", code.toUpperCase(), locale) : code
}

/** "en" -> "English" / "английский"; free text is returned as is. */
export function languageName(value: string, locale: Locale): string {
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(value) ? displayName("language", value, locale) : value
}
