import type { Metadata } from "next"
import { getStorefrontUrl } from "./config"
import type { Locale } from "./i18n/config"
import { ogLocales, locales } from "./i18n/config"
import { localizedAlternates } from "./util/seo"

type PageMetadataInput = {
  locale: Locale
  /** Path after the locale, e.g. `/store` or `` for home. */
  path: string
  title: string
  description?: string
  noIndex?: boolean
  /** Use the title as is, without the " | Vitrina" suffix. */
  absoluteTitle?: boolean
}

/** Title, description, canonical URL, `hreflang` alternates and basic Open Graph for a page. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  noIndex,
  absoluteTitle,
}: PageMetadataInput): Metadata {
  const alternates = localizedAlternates(getStorefrontUrl(), locale, path)
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates,
    openGraph: {
      title,
      description,
      url: alternates.canonical,
      siteName: "Vitrina",
      locale: ogLocales[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocales[l]),
      type: "website",
    },
    robots: noIndex ? { index: false, follow: true } : undefined,
  }
}
