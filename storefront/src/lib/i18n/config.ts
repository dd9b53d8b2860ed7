/**
 * Locale configuration shared by the proxy, server components and tests.
 * Pure module: no Next.js or Node-only imports, so it also runs at the edge and under jest.
 */
export const locales = ["en", "ru"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "en"

/** Cookie remembering the last locale the visitor browsed in (read by the proxy for `/`). */
export const LOCALE_COOKIE = "vitrina_locale"

/** Request header the proxy adds with the locale of the path. */
export const LOCALE_HEADER = "x-vitrina-locale"

/** BCP 47 tags used for `hreflang`, `Intl` and Open Graph. */
export const localeTags: Record<Locale, string> = {
  en: "en-US",
  ru: "ru-RU",
}

export const ogLocales: Record<Locale, string> = {
  en: "en_US",
  ru: "ru_RU",
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}

/**
 * Picks the best supported locale from an `Accept-Language` header.
 * Honours q-values; ties keep header order. Region subtags match their language
 * (`ru-RU` -> `ru`). Falls back to the default locale.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) {
    return defaultLocale
  }
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [rawTag, ...params] = part.trim().split(";")
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1
      return { tag: rawTag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((entry) => entry.tag.length > 0 && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)

  for (const { tag } of ranked) {
    if (tag === "*") {
      return defaultLocale
    }
    const language = tag.split("-")[0]
    if (isLocale(language)) {
      return language
    }
  }
  return defaultLocale
}

/** Splits `/ru/products/x` into `{ locale: "ru", rest: "/products/x" }`. */
export function splitLocalePath(pathname: string): { locale: Locale | null; rest: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname)
  if (match && isLocale(match[1])) {
    return { locale: match[1], rest: match[2] ?? "" }
  }
  return { locale: null, rest: pathname === "/" ? "" : pathname }
}

/** Builds a locale-prefixed path: `localizePath("ru", "/cart")` -> `/ru/cart`. */
export function localizePath(locale: Locale, path = ""): string {
  if (!path || path === "/") {
    return `/${locale}`
  }
  return `/${locale}${path.startsWith("/") ? path : `/${path}`}`
}
