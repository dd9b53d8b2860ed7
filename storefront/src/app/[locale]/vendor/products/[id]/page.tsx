import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCategories } from "../../../../../lib/data/categories"
import { retrieveMyProduct } from "../../../../../lib/data/vendor-products"
import { getDictionary } from "../../../../../lib/i18n/dictionary"
import { interpolate } from "../../../../../lib/i18n/format"
import { resolveLocale } from "../../../../../lib/i18n/route"
import { firstParam, portalMetadata, requireVendorSession } from "../../../../../modules/vendor-portal/session"
import { ProductEditTemplate } from "../../../../../modules/vendor-portal/templates/product-edit-template"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { id } = await params
  const product = await retrieveMyProduct(id).catch(() => null)
  const meta = getDictionary(locale).portal.meta
  return portalMetadata(
    locale,
    `/vendor/products/${id}`,
    product ? interpolate(meta.editProduct, { title: product.title }) : meta.products
  )
}

export default async function VendorEditProductPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const session = await requireVendorSession(locale)
  const [product, categories] = await Promise.all([retrieveMyProduct(id), listCategories().catch(() => [])])
  if (!product) {
    notFound()
  }
  return (
    <ProductEditTemplate
      session={session}
      product={product}
      categories={categories}
      saved={firstParam((await searchParams).saved) === "1"}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
