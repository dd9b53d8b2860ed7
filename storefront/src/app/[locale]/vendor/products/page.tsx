import type { Metadata } from "next"
import { listMyProducts } from "../../../../lib/data/vendor-products"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageParam } from "../../../../lib/util/vendor-portal"
import type { VendorProductStatus } from "../../../../types/vitrina"
import { firstParam, portalMetadata, requireVendorSession } from "../../../../modules/vendor-portal/session"
import { ProductsTemplate } from "../../../../modules/vendor-portal/templates/products-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PAGE_SIZE = 20
const STATUSES: VendorProductStatus[] = ["draft", "published", "proposed", "rejected"]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/products", getDictionary(locale).portal.meta.products)
}

export default async function VendorProductsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const query = await searchParams
  const status = STATUSES.find((s) => s === firstParam(query.status)) ?? null
  const page = pageParam(query.page)
  const { products, count } = await listMyProducts({ status, page, limit: PAGE_SIZE })
  return (
    <ProductsTemplate
      session={session}
      products={products}
      count={count}
      page={page}
      pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))}
      status={status}
      deleted={firstParam(query.deleted) === "1"}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
