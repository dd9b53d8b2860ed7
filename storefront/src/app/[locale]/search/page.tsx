import type { Metadata } from "next"
import { getCurrentRegion } from "../../../lib/data/regions"
import { searchCatalog } from "../../../lib/data/search"
import { getDictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { resolveLocale } from "../../../lib/i18n/route"
import { pageMetadata } from "../../../lib/metadata"
import { parseSearchParams } from "../../../lib/util/search"
import { SearchTemplate } from "../../../modules/search/templates/search-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  const { q } = parseSearchParams(await searchParams)
  const meta = pageMetadata({ locale, path: "/search", title: q ? interpolate(dict.search.titleFor, { q }) : dict.search.title, description: dict.search.description })
  // result pages are endless combinations of filters: keep them out of the index
  return { ...meta, robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const query = parseSearchParams(await searchParams)
  const region = await getCurrentRegion().catch(() => null)
  const currency = (region?.currency_code ?? "eur").toLowerCase()
  const result = await searchCatalog(query, currency).catch(() => null)
  return <SearchTemplate params={query} result={result} currency={currency} locale={locale} dict={getDictionary(locale)} />
}
