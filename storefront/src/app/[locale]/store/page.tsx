import type { Metadata } from "next"
import { listProducts } from "../../../lib/data/products"
import { getCurrentRegion } from "../../../lib/data/regions"
import { localizePath } from "../../../lib/i18n/config"
import { getDictionary } from "../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../lib/i18n/route"
import { pageMetadata } from "../../../lib/metadata"
import { parseListingParams } from "../../../lib/util/listing"
import { ListingTemplate } from "../../../modules/store/templates/listing-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: "/store", title: dict.meta.storeTitle, description: dict.meta.storeDescription })
}

export default async function StorePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  const { page, sort } = parseListingParams(await searchParams)
  const region = await getCurrentRegion()
  const result = await listProducts({ regionId: region?.id ?? "", page, sort })
  return (
    <ListingTemplate
      locale={locale}
      dict={dict}
      title={dict.meta.storeTitle}
      basePath={localizePath(locale, "/store")}
      sort={sort}
      result={result}
    />
  )
}
