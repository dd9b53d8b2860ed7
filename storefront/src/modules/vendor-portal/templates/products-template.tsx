import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { plural } from "../../../lib/i18n/format"
import { formatPrice } from "../../../lib/util/money"
import { vendorProductsHref } from "../../../lib/util/vendor-portal"
import type { VendorProduct, VendorProductStatus, VendorSession } from "../../../types/vitrina"
import { Pagination } from "../../common/components/pagination"
import { ListRow } from "../components/list-row"
import { Notice } from "../components/notice"
import { PortalShell } from "../components/portal-shell"

const FILTERS: (VendorProductStatus | null)[] = [null, "published", "draft"]

function firstPrice(product: VendorProduct, locale: Locale): string {
  const prices = (product.variants ?? []).flatMap((variant) => variant.prices ?? [])
  const price = prices.find((p) => p.currency_code === "eur") ?? prices[0]
  return price ? formatPrice(price.amount, price.currency_code, locale) : ""
}

export function ProductsTemplate({
  session,
  products,
  count,
  page,
  pageCount,
  status,
  deleted,
  locale,
  dict,
}: {
  session: VendorSession
  products: VendorProduct[]
  count: number
  page: number
  pageCount: number
  status: VendorProductStatus | null
  deleted: boolean
  locale: Locale
  dict: Dictionary
}) {
  const p = dict.portal.products
  const teacher = session.vendor.kind === "teacher"
  const base = localizePath(locale, "/vendor/products")
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="products">
      <header className="page__head page__head--row">
        <div>
          <h1 className="page__title">{teacher ? p.titleCourses : p.title}</h1>
          <p className="muted" data-testid="vendor-product-count">
            {plural(locale, count, teacher ? p.countCourses : p.count)}
          </p>
        </div>
        {session.vendor.status === "active" ? (
          <Link href={localizePath(locale, "/vendor/products/new")} className="btn btn--primary" data-testid="new-product">
            {teacher ? p.newCourse : p.new}
          </Link>
        ) : null}
      </header>
      {deleted ? <Notice tone="ok">{p.deleted}</Notice> : null}
      <nav aria-label={p.filter}>
        <ul className="chip-list portal__filters">
          {FILTERS.map((filter) => (
            <li key={filter ?? "all"}>
              <Link
                href={vendorProductsHref(base, { status: filter })}
                className={`chip${filter === status ? " is-active" : ""}`}
                aria-current={filter === status ? "page" : undefined}
                data-testid={`filter-${filter ?? "all"}`}
              >
                {filter ? p.statuses[filter] : p.all}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {products.length === 0 ? (
        <div className="empty" data-testid="vendor-products-empty">
          <p>{p.empty}</p>
          {session.vendor.status === "active" && !status ? (
            <p>
              <Link href={localizePath(locale, "/vendor/products/new")} className="section__more">
                {p.emptyCta} →
              </Link>
            </p>
          ) : null}
        </div>
      ) : (
        <ul className="vendor-product-list">
          {products.map((product) => {
            const statusLabel = (p.statuses as Record<string, string>)[product.status] ?? product.status
            return (
              <li key={product.id}>
                <ListRow
                  href={localizePath(locale, `/vendor/products/${product.id}`)}
                  thumbnail={product.thumbnail}
                  title={product.title}
                  details={`${plural(locale, product.variants?.length ?? 0, p.variants)}${firstPrice(product, locale) ? ` · ${firstPrice(product, locale)}` : ""}`}
                  status={product.status}
                  statusLabel={statusLabel}
                  noImage={dict.product.noImage}
                  testId="vendor-product-row"
                  data={{ "data-product-id": product.id }}
                />
              </li>
            )
          })}
        </ul>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(target) => vendorProductsHref(base, { status, page: target })}
        dict={dict.store}
      />
    </PortalShell>
  )
}
