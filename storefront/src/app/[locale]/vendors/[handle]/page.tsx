import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCurrentRegion } from "../../../../lib/data/regions"
import { isSignedIn } from "../../../../lib/data/reports"
import { getVendorByHandle, listVendorProducts } from "../../../../lib/data/vendors"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { interpolate } from "../../../../lib/i18n/format"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageMetadata } from "../../../../lib/metadata"
import { parseListingParams } from "../../../../lib/util/listing"
import { excerpt } from "../../../../lib/util/seo"
import { VendorTemplate } from "../../../../modules/vendors/templates/vendor-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const vendor = await getVendorByHandle(handle)
  if (!vendor) {
    notFound()
  }
  const dict = getDictionary(locale)
  const base = pageMetadata({
    locale,
    path: `/vendors/${vendor.handle}`,
    title: vendor.name,
    description: excerpt(vendor.description) || interpolate(dict.meta.vendorDescription, { name: vendor.name }),
  })
  return {
    ...base,
    openGraph: { ...base.openGraph, type: "profile", images: vendor.logo ? [{ url: vendor.logo }] : undefined },
  }
}

export default async function VendorPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const vendor = await getVendorByHandle(handle)
  if (!vendor) {
    notFound()
  }
  const dict = getDictionary(locale)
  const { page } = parseListingParams(await searchParams)
  const region = await getCurrentRegion()
  const products = await listVendorProducts(vendor.handle, { regionId: region?.id ?? "", page })
  return <VendorTemplate vendor={vendor} products={products} locale={locale} dict={dict} signedIn={await isSignedIn()} />
}
