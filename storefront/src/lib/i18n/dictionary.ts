import en from "../../../messages/en.json"
import ru from "../../../messages/ru.json"
import type { Locale } from "./config"
import { defaultLocale, isLocale } from "./config"

/** The shape of every message file; `en.json` is the reference. */
export type Dictionary = typeof en

const dictionaries: Record<Locale, Dictionary> = { en, ru }

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}

/** Locale from untrusted input (form fields), falling back to the default. */
export function localeFrom(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale
}
