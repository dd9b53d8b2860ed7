import type { Locale } from "../i18n/config"
import { defaultLocale, locales } from "../i18n/config"

/** Canonical URL and `hreflang` alternates of a localized page (pure). */
export function localizedAlternates(baseUrl: string, locale: Locale, path: string) {
  const suffix = path && path !== "/" ? (path.startsWith("/") ? path : `/${path}`) : ""
  const languages: Record<string, string> = {}
  for (const l of locales) {
    languages[l] = `${baseUrl}/${l}${suffix}`
  }
  languages["x-default"] = `${baseUrl}/${defaultLocale}${suffix}`
  return { canonical: `${baseUrl}/${locale}${suffix}`, languages }
}

/** Plain-text excerpt for meta descriptions. */
export function excerpt(text: string | null | undefined, max = 160): string {
  if (!text) {
    return ""
  }
  const plain = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim()
  if (plain.length <= max) {
    return plain
  }
  const cut = plain.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(" ")
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}
