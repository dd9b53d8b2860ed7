import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { buildProductJsonLd } from "../../../lib/util/json-ld"
import { formatPrice } from "../../../lib/util/money"
import {
  getCheapestPrice,
  getCourseInfo,
  getProductImages,
  getStockState,
  getVariantPrice,
  getVideoUrl,
  isPurchasable,
  variantOptionMap,
} from "../../../lib/util/product"
import type { Product } from "../../../types/vitrina"
import { JsonLd } from "../../common/components/json-ld"
import { ReportButton } from "../../common/components/report-button"
import { VerifiedBadge } from "../../common/components/verified-badge"
import { CourseFacts } from "../components/course-facts"
import { ProductActions, type OptionView, type VariantView } from "../components/product-actions"
import { ProductGallery } from "../components/product-gallery"
import { ProductVideo } from "../components/product-video"
import { ReviewsSection, type loadReviews } from "../../reviews/components/reviews-section"
import { ratingJsonLd } from "../../reviews/json-ld"

type ProductTemplateProps = {
  product: Product
  locale: Locale
  dict: Dictionary
  canonicalUrl: string
  vendorUrl: string | null
  initialVariantId: string | null
  reviews: Awaited<ReturnType<typeof loadReviews>>
}

function toOptionViews(product: Product): OptionView[] {
  return (product.options ?? []).map((option: HttpTypes.StoreProductOption) => {
    const fromVariants = (product.variants ?? [])
      .flatMap((variant) => variant.options ?? [])
      .filter((value) => value.option_id === option.id)
      .map((value) => value.value)
    const values = Array.from(new Set([...(option.values ?? []).map((value) => value.value), ...fromVariants]))
    return { id: option.id, title: option.title, values }
  })
}

export function ProductTemplate({ product, locale, dict, canonicalUrl, vendorUrl, initialVariantId, reviews }: ProductTemplateProps) {
  const variants = product.variants ?? []
  const images = getProductImages(product)
  const course = getCourseInfo(product)
  const videoUrl = getVideoUrl(product)
  const cheapest = getCheapestPrice(product)
  const category = product.categories?.[0] ?? null

  const variantViews: VariantView[] = variants.map((variant) => {
    const price = getVariantPrice(variant)
    return {
      id: variant.id,
      title: variant.title ?? "",
      options: variantOptionMap(variant),
      price: price ? formatPrice(price.amount, price.currencyCode, locale) : null,
      originalPrice: price?.onSale ? formatPrice(price.originalAmount, price.currencyCode, locale) : null,
      stock: getStockState(variant),
    }
  })

  const offerVariant =
    variants.find((variant) => variant.id === initialVariantId) ??
    variants.find((variant) => isPurchasable(variant) && getVariantPrice(variant)) ??
    variants[0]
  const offerPrice = getVariantPrice(offerVariant) ?? cheapest
  const jsonLd = buildProductJsonLd({
    name: product.title,
    description: product.description ?? product.subtitle,
    url: canonicalUrl,
    images,
    sku: offerVariant?.sku ?? null,
    category: category?.name ?? null,
    vendor: product.vendor && vendorUrl ? { name: product.vendor.name, url: vendorUrl } : null,
    offer: offerPrice
      ? {
          price: offerPrice.amount,
          currency: offerPrice.currencyCode,
          inStock: variants.some((variant) => isPurchasable(variant)),
        }
      : null,
    rating: ratingJsonLd(reviews.list),
  })

  return (
    <div className="container page product-page" data-product-id={product.id}>
      <nav className="breadcrumbs" aria-label={dict.nav.breadcrumbs}>
        <ol>
          <li>
            <Link href={localizePath(locale, "/store")}>{dict.nav.shop}</Link>
          </li>
          {category ? (
            <li>
              <Link href={localizePath(locale, `/categories/${category.handle}`)}>{category.name}</Link>
            </li>
          ) : null}
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>

      <div className="product">
        <div className="product__gallery">
          <ProductGallery
            images={images}
            title={product.title}
            labels={{ gallery: dict.product.gallery, showImage: dict.product.showImage, noImage: dict.product.noImage }}
          />
        </div>
        <div className="product__info">
          {course ? <span className="badge badge--course badge--inline">{dict.product.course}</span> : null}
          <h1 className="product__title">{product.title}</h1>
          {product.vendor ? (
            <p className="product__vendor">
              <span>{course ? dict.product.taughtBy : dict.product.soldBy}</span>{" "}
              <Link href={localizePath(locale, `/vendors/${product.vendor.handle}`)} data-testid="vendor-link">
                {product.vendor.name}
              </Link>
              {product.vendor.verified ? (
                <VerifiedBadge label={dict.vendor.verified} hint={dict.vendor.verifiedHint} />
              ) : null}
            </p>
          ) : null}
          {product.subtitle ? <p className="product__subtitle">{product.subtitle}</p> : null}

          <ProductActions
            locale={locale}
            cartHref={localizePath(locale, "/cart")}
            options={toOptionViews(product)}
            variants={variantViews}
            initialVariantId={initialVariantId}
            labels={{
              addToCart: dict.product.addToCart,
              adding: dict.product.adding,
              added: dict.product.added,
              viewCart: dict.product.viewCart,
              selectOption: dict.product.selectOption,
              inStock: dict.product.inStock,
              lowStock: dict.product.lowStock,
              outOfStock: dict.product.outOfStock,
              unavailable: dict.product.unavailable,
              priceUnavailable: dict.product.priceUnavailable,
              fromPrice: cheapest
                ? cheapest.hasRange
                  ? interpolate(dict.product.from, { price: formatPrice(cheapest.amount, cheapest.currencyCode, locale) })
                  : formatPrice(cheapest.amount, cheapest.currencyCode, locale)
                : null,
              quantity: dict.product.quantity,
            }}
          />

          {course ? <CourseFacts course={course} locale={locale} dict={dict.product} /> : null}
          <ReportButton
            targetType="listing"
            targetId={product.id}
            what={course ? "course" : "listing"}
            signedIn={reviews.mine.signedIn}
            signInHref={`${localizePath(locale, "/account/login")}?next=${encodeURIComponent(localizePath(locale, `/products/${product.handle}`))}`}
            locale={locale}
            labels={dict.report}
          />
        </div>
      </div>

      {product.description ? (
        <section className="product-section" aria-labelledby="product-description">
          <h2 id="product-description" className="section__title">
            {dict.product.description}
          </h2>
          <div className="prose" data-testid="product-description">
            {product.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </section>
      ) : null}

      {videoUrl ? (
        <section className="product-section" aria-labelledby="product-video">
          <h2 id="product-video" className="section__title">
            {dict.product.video}
          </h2>
          <ProductVideo
            src={videoUrl}
            poster={images[0] ?? null}
            title={`${dict.product.video}: ${product.title}`}
            unsupported={dict.product.videoUnsupported}
          />
        </section>
      ) : null}

      <ReviewsSection
        productId={product.id}
        handle={product.handle}
        returnPath={`/products/${product.handle}`}
        data={reviews}
        locale={locale}
        dict={dict}
      />

      <JsonLd data={jsonLd} />
    </div>
  )
}
