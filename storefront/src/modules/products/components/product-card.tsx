import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate, plural } from "../../../lib/i18n/format"
import { formatPrice } from "../../../lib/util/money"
import { getCheapestPrice, getCourseInfo, getRating } from "../../../lib/util/product"
import type { Product } from "../../../types/vitrina"
import { Thumbnail } from "../../common/components/thumbnail"
import { VerifiedBadge } from "../../common/components/verified-badge"
import { Stars } from "../../reviews/components/stars"

type ProductCardProps = {
  product: Product
  locale: Locale
  dict: Dictionary
  priority?: boolean
}

export function ProductCard({ product, locale, dict, priority }: ProductCardProps) {
  const price = getCheapestPrice(product)
  const course = getCourseInfo(product)
  const formatted = price ? formatPrice(price.amount, price.currencyCode, locale) : ""
  const rating = getRating(product)
  return (
    <Link
      href={localizePath(locale, `${course ? "/courses" : "/products"}/${product.handle}`)}
      className="product-card"
      data-testid="product-card"
      data-product-handle={product.handle}
    >
      <div className="product-card__media">
        <Thumbnail
          src={product.thumbnail}
          alt={product.title}
          width={480}
          height={480}
          priority={priority}
          placeholder={dict.product.noImage}
        />
        {course ? <span className="badge badge--course">{dict.product.course}</span> : null}
        {price?.onSale ? <span className="badge badge--sale">{dict.product.sale}</span> : null}
      </div>
      <div className="product-card__body">
        {product.vendor ? (
          <p className="product-card__vendor">
            <span>{product.vendor.name}</span>
            {product.vendor.verified ? (
              <VerifiedBadge label={dict.vendor.verified} hint={dict.vendor.verifiedHint} compact />
            ) : null}
          </p>
        ) : null}
        <h3 className="product-card__title">{product.title}</h3>
        {rating ? (
          <p className="product-card__rating" data-testid="product-card-rating">
            <Stars
              rating={rating.average}
              size="small"
              label={interpolate(dict.reviews.cardRating, { average: rating.average.toFixed(1), count: rating.count })}
            />
            <span aria-hidden="true">
              {rating.average.toFixed(1)} ({rating.count})
            </span>
          </p>
        ) : null}
        {course && (course.level || course.lessonsCount) ? (
          <p className="product-card__meta">
            {[
              course.level,
              course.lessonsCount ? plural(locale, course.lessonsCount, dict.product.lessonsCount) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        ) : null}
        <p className="product-card__price">
          {price ? (
            <>
              <span className={price.onSale ? "price price--sale" : "price"}>
                {price.hasRange ? interpolate(dict.product.from, { price: formatted }) : formatted}
              </span>
              {price.onSale ? (
                <s className="price price--original">
                  {formatPrice(price.originalAmount, price.currencyCode, locale)}
                </s>
              ) : null}
            </>
          ) : (
            <span className="price price--none">{dict.product.priceUnavailable}</span>
          )}
        </p>
      </div>
    </Link>
  )
}

export function ProductGrid({
  products,
  locale,
  dict,
  priorityCount = 0,
}: {
  products: Product[]
  locale: Locale
  dict: Dictionary
  priorityCount?: number
}) {
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} dict={dict} priority={index < priorityCount} />
        </li>
      ))}
    </ul>
  )
}

export function productCountLabel(locale: Locale, count: number, dict: Dictionary): string {
  return plural(locale, count, dict.store.count)
}
