import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getStorefrontUrl } from "../../../../lib/config"
import { getProductByHandle } from "../../../../lib/data/products"
import { getCurrentRegion } from "../../../../lib/data/regions"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageMetadata } from "../../../../lib/metadata"
import { getProductImages, getVideoUrl } from "../../../../lib/util/product"
import { excerpt } from "../../../../lib/util/seo"
import { ProductTemplate } from "../../../../modules/products/templates/product-template"
import { loadReviews } from "../../../../modules/reviews/components/reviews-section"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function loadProduct(handle: string) {
  const region = await getCurrentRegion()
  return getProductByHandle(handle, region?.id ?? "")
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const product = await loadProduct(handle)
  if (!product) {
    notFound()
  }
  const dict = getDictionary(locale)
  const images = getProductImages(product)
  /** og:video:width/height only when the listing knows them (the seed records them in metadata). */
  const videoSize = (m: Record<string, unknown> | null | undefined) =>
    typeof m?.video_width === "number" && typeof m?.video_height === "number" ? { width: m.video_width, height: m.video_height } : {}
  const video = getVideoUrl(product)
  const description = excerpt(product.subtitle || product.description) || dict.meta.homeDescription
  const base = pageMetadata({ locale, path: `/products/${product.handle}`, title: product.title, description })
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      images: images.slice(0, 4).map((url) => ({ url, alt: product.title })),
      videos: video ? [{ url: video, type: "video/webm", ...videoSize(product.metadata) }] : undefined,
    },
    twitter: {
      card: images.length > 0 ? "summary_large_image" : "summary",
      title: product.title,
      description,
      images: images.slice(0, 1),
    },
  }
}

export default async function ProductPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const product = await loadProduct(handle)
  if (!product) {
    notFound()
  }
  const dict = getDictionary(locale)
  const { variant } = await searchParams
  const baseUrl = getStorefrontUrl()
  const reviews = await loadReviews(product.id)
  return (
    <ProductTemplate
      product={product}
      reviews={reviews}
      locale={locale}
      dict={dict}
      canonicalUrl={`${baseUrl}/${locale}/products/${product.handle}`}
      vendorUrl={product.vendor ? `${baseUrl}/${locale}/vendors/${product.vendor.handle}` : null}
      initialVariantId={typeof variant === "string" ? variant : null}
    />
  )
}
