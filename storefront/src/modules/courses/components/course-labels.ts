import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { languageName } from "../../../lib/i18n/format"

/** "beginner" -> "Beginner" / "Начальный"; unknown values as they are. */
export function levelLabel(level: string | null | undefined, dict: Dictionary): string | null {
  if (!level) return null
  return (dict.courses.levels as Record<string, string>)[level] ?? level
}

export function languageLabel(language: string | null | undefined, locale: Locale): string | null {
  return language ? languageName(language, locale) : null
}
