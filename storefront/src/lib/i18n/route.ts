import { notFound } from "next/navigation"
import type { Locale } from "./config"
import { isLocale } from "./config"

/** The `[locale]` route parameter, or a 404 when it is not a supported locale. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) {
    notFound()
  }
  return locale
}
