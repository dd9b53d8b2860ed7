import type { Metadata } from "next"
import { listCategories } from "../../../../../lib/data/categories"
import { getDictionary } from "../../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../../lib/i18n/route"
import { portalMetadata, requireVendorSession } from "../../../../../modules/vendor-portal/session"
import { ProductEditTemplate } from "../../../../../modules/vendor-portal/templates/product-edit-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/products/new", getDictionary(locale).portal.meta.newProduct)
}

export default async function VendorNewProductPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const categories = await listCategories().catch(() => [])
  return (
    <ProductEditTemplate
      session={session}
      product={null}
      categories={categories}
      saved={false}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
