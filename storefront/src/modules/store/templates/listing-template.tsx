import Link from "next/link"
import type { ReactNode } from "react"
import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { listingHref } from "../../../lib/util/listing"
import type { Paginated, Product, SortKey } from "../../../types/vitrina"
import { Pagination } from "../../common/components/pagination"
import { ProductGrid, productCountLabel } from "../../products/components/product-card"
import { SortLinks } from "../components/sort-links"

type ListingTemplateProps = {
  locale: Locale
  dict: Dictionary
  title: string
  intro?: ReactNode
  breadcrumbs?: { href: string; label: string }[]
  links?: { href: string; label: string }[]
  basePath: string
  sort: SortKey
  result: Paginated<Product>
}

/** Product listing with sort and pagination: the store page and category pages. */
export function ListingTemplate({
  locale,
  dict,
  title,
  intro,
  breadcrumbs,
  links,
  basePath,
  sort,
  result,
}: ListingTemplateProps) {
  return (
    <div className="container page">
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <nav className="breadcrumbs" aria-label={dict.nav.breadcrumbs}>
          <ol>
            {breadcrumbs.map((crumb) => (
              <li key={crumb.href}>
                <Link href={crumb.href}>{crumb.label}</Link>
              </li>
            ))}
            <li aria-current="page">{title}</li>
          </ol>
        </nav>
      ) : null}
      <header className="page__head">
        <h1 className="page__title">{title}</h1>
        {intro ? <div className="page__intro">{intro}</div> : null}
        {links && links.length > 0 ? (
          <ul className="chip-list" aria-label={dict.store.subcategories}>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="chip">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      <div className="listing__toolbar">
        <p className="listing__count" data-testid="product-count">
          {productCountLabel(locale, result.count, dict)}
        </p>
        <SortLinks basePath={basePath} sort={sort} dict={dict.store} />
      </div>
      {result.items.length > 0 ? (
        <ProductGrid products={result.items} locale={locale} dict={dict} priorityCount={4} />
      ) : (
        <p className="empty">{dict.store.empty}</p>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => listingHref(basePath, { page, sort })}
        dict={dict.store}
      />
    </div>
  )
}
