import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCategoryByHandle } from "../../../../lib/data/categories"
import { listProducts } from "../../../../lib/data/products"
import { getCurrentRegion } from "../../../../lib/data/regions"
import { localizePath } from "../../../../lib/i18n/config"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { interpolate } from "../../../../lib/i18n/format"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageMetadata } from "../../../../lib/metadata"
import { parseListingParams } from "../../../../lib/util/listing"
import { excerpt } from "../../../../lib/util/seo"
import { ListingTemplate } from "../../../../modules/store/templates/listing-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const category = await getCategoryByHandle(handle)
  if (!category) {
    notFound()
  }
  const dict = getDictionary(locale)
  return pageMetadata({
    locale,
    path: `/categories/${category.handle}`,
    title: category.name,
    description: excerpt(category.description) || interpolate(dict.meta.categoryDescription, { name: category.name }),
  })
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const dict = getDictionary(locale)
  const category = await getCategoryByHandle(handle)
  if (!category) {
    notFound()
  }
  const { page, sort } = parseListingParams(await searchParams)
  const region = await getCurrentRegion()
  const children = category.category_children ?? []
  const result = await listProducts({
    regionId: region?.id ?? "",
    page,
    sort,
    categoryIds: [category.id, ...children.map((child) => child.id)],
  })
  const parent = category.parent_category
  return (
    <ListingTemplate
      locale={locale}
      dict={dict}
      title={category.name}
      intro={category.description ? <p>{category.description}</p> : null}
      breadcrumbs={[
        { href: localizePath(locale, "/store"), label: dict.nav.shop },
        ...(parent ? [{ href: localizePath(locale, `/categories/${parent.handle}`), label: parent.name }] : []),
      ]}
      links={children.map((child) => ({
        href: localizePath(locale, `/categories/${child.handle}`),
        label: child.name,
      }))}
      basePath={localizePath(locale, `/categories/${category.handle}`)}
      sort={sort}
      result={result}
    />
  )
}
