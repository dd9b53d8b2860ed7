import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { Paginated, Product, Vendor } from "../../../types/vitrina"
import { Pagination } from "../../common/components/pagination"
import { ReportButton } from "../../common/components/report-button"
import { VerifiedBadge } from "../../common/components/verified-badge"
import { ProductGrid, productCountLabel } from "../../products/components/product-card"
import { VendorAvatar } from "../components/vendor-card"

export function VendorTemplate({
  vendor,
  products,
  locale,
  dict,
  signedIn,
}: {
  vendor: Vendor
  products: Paginated<Product>
  locale: Locale
  dict: Dictionary
  /** a signed-in customer may report the vendor */
  signedIn: boolean
}) {
  const basePath = localizePath(locale, `/vendors/${vendor.handle}`)
  return (
    <div className="container page" data-testid="vendor-page" data-vendor-handle={vendor.handle}>
      <header className="vendor-hero">
        <VendorAvatar vendor={vendor} size={96} />
        <div className="vendor-hero__body">
          <p className="vendor-hero__kind" data-testid="vendor-kind">
            {vendor.kind === "teacher" ? dict.vendor.teacher : dict.vendor.seller}
          </p>
          <h1 className="page__title vendor-hero__name">
            {vendor.name}
            {vendor.verified ? <VerifiedBadge label={dict.vendor.verified} hint={dict.vendor.verifiedHint} /> : null}
          </h1>
          {vendor.description ? <p className="vendor-hero__description">{vendor.description}</p> : null}
          <ReportButton
            targetType="vendor"
            targetId={vendor.id}
            what="vendor"
            signedIn={signedIn}
            signInHref={`${localizePath(locale, "/account/login")}?next=${encodeURIComponent(basePath)}`}
            locale={locale}
            labels={dict.report}
          />
        </div>
      </header>

      <section aria-labelledby="vendor-products">
        <div className="listing__toolbar">
          <h2 id="vendor-products" className="section__title">
            {vendor.kind === "teacher" ? dict.vendor.courses : dict.vendor.products}
          </h2>
          <p className="listing__count">{productCountLabel(locale, products.count, dict)}</p>
        </div>
        {products.items.length > 0 ? (
          <ProductGrid products={products.items} locale={locale} dict={dict} priorityCount={4} />
        ) : (
          <p className="empty">{dict.vendor.empty}</p>
        )}
        <Pagination
          page={products.page}
          pageCount={products.pageCount}
          hrefFor={(page) => (page > 1 ? `${basePath}?page=${page}` : basePath)}
          dict={dict.store}
        />
      </section>
    </div>
  )
}
