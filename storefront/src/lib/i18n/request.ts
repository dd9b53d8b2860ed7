import { headers } from "next/headers"
import type { Locale } from "./config"
import { defaultLocale, isLocale, LOCALE_HEADER } from "./config"

/** Locale of the current request for UI without route params (not-found, loading). */
export async function requestLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER)
  return isLocale(value) ? value : defaultLocale
}
