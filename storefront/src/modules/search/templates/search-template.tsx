import Link from "next/link"
import type { CatalogSearch } from "../../../lib/data/search"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate, plural } from "../../../lib/i18n/format"
import { formatPrice } from "../../../lib/util/money"
import {
  SEARCH_PAGE_SIZE,
  SEARCH_SORTS,
  hitPath,
  searchQueryString,
  type FacetValue,
  type SearchDocument,
  type SearchParams,
} from "../../../lib/util/search"
import { Pagination } from "../../common/components/pagination"
import { SelectField } from "../../common/components/select-field"
import { Thumbnail } from "../../common/components/thumbnail"
import { VerifiedBadge } from "../../common/components/verified-badge"
import { InstantSearchInput } from "../components/instant-search-input"

type Props = {
  params: SearchParams
  result: CatalogSearch | null
  currency: string
  locale: Locale
  dict: Dictionary
}

function HitCard({ doc, currency, locale, dict }: { doc: SearchDocument; currency: string; locale: Locale; dict: Dictionary }) {
  const amount = doc.price?.[currency]
  return (
    <Link href={localizePath(locale, hitPath(doc))} className="product-card" data-testid="search-hit" data-handle={doc.handle}>
      <div className="product-card__media">
        <Thumbnail src={doc.thumbnail} alt={doc.title} width={480} height={480} placeholder={dict.product.noImage} />
        {doc.kind === "course" ? <span className="badge badge--course">{dict.product.course}</span> : null}
      </div>
      <div className="product-card__body">
        {doc.vendor?.name ? (
          <p className="product-card__vendor">
            <span>{doc.vendor.name}</span>
            {doc.vendor.verified ? <VerifiedBadge label={dict.vendor.verified} hint={dict.vendor.verifiedHint} compact /> : null}
          </p>
        ) : null}
        <h2 className="product-card__title">{doc.title}</h2>
        {doc.kind === "course" && doc.lessons_count ? (
          <p className="product-card__meta">{plural(locale, doc.lessons_count, dict.product.lessonsCount)}</p>
        ) : null}
        <p className="product-card__price">
          {typeof amount === "number" ? (
            <span className="price">{interpolate(dict.product.from, { price: formatPrice(amount, currency, locale) })}</span>
          ) : (
            <span className="price price--none">{dict.product.priceUnavailable}</span>
          )}
          {doc.kind === "product" && !doc.in_stock ? <span className="muted"> · {dict.search.outOfStock}</span> : null}
        </p>
      </div>
    </Link>
  )
}

function FacetGroup({
  title,
  values,
  selected,
  hrefFor,
  label,
  testId,
}: {
  title: string
  values: FacetValue[]
  selected: string
  hrefFor: (value: string) => string
  label?: (value: string) => string
  testId: string
}) {
  if (!values.length) return null
  return (
    <section className="search-facet" data-testid={testId}>
      <h2 className="search-facet__title">{title}</h2>
      <ul>
        {values.slice(0, 10).map((v) => (
          <li key={v.value}>
            <Link href={hrefFor(selected === v.value ? "" : v.value)} className={selected === v.value ? "chip is-active" : "chip"} aria-pressed={selected === v.value}>
              {label ? label(v.value) : v.value} <span className="muted">({v.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** `/search`: instant results from the catalogue index, facets, typo tolerance and an empty state with suggestions. */
export function SearchTemplate({ params, result, currency, locale, dict }: Props) {
  const s = dict.search
  const path = localizePath(locale, "/search")
  const href = (patch: Partial<SearchParams>) => `${path}${searchQueryString({ ...params, page: 1, ...patch })}`
  const kindLabel = (v: string) => (v === "course" ? s.kinds.course : s.kinds.product)
  const filtered = Boolean(params.kind || params.category || params.vendor || params.inStock || params.min !== null || params.max !== null)
  const pageCount = result ? Math.min(100, Math.ceil(result.count / SEARCH_PAGE_SIZE)) : 0

  return (
    <div className="container page" data-testid="search-page">
      <header className="page__head">
        <h1 className="page__title">{params.q ? interpolate(s.titleFor, { q: params.q }) : s.title}</h1>
      </header>
      {/* a plain GET form: works without JavaScript; the input refreshes results as you type */}
      <form method="get" action={path} className="search-form" role="search" data-testid="search-form">
        <InstantSearchInput label={s.label} placeholder={s.placeholder} defaultValue={params.q} />
        {params.kind ? <input type="hidden" name="kind" value={params.kind} /> : null}
        {params.category ? <input type="hidden" name="category" value={params.category} /> : null}
        {params.vendor ? <input type="hidden" name="vendor" value={params.vendor} /> : null}
        <div className="search-form__row">
          <div className="field">
            <label htmlFor="search-min" className="field__label">
              {interpolate(s.minPrice, { currency: currency.toUpperCase() })}
            </label>
            <input id="search-min" name="min" type="number" min={0} step="0.01" inputMode="decimal" className="field__input" defaultValue={params.min ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="search-max" className="field__label">
              {interpolate(s.maxPrice, { currency: currency.toUpperCase() })}
            </label>
            <input id="search-max" name="max" type="number" min={0} step="0.01" inputMode="decimal" className="field__input" defaultValue={params.max ?? ""} />
          </div>
          <SelectField name="sort" label={s.sortLabel} defaultValue={params.sort} options={SEARCH_SORTS.map((value) => ({ value, label: s.sorts[value] }))} />
          <label className="checkbox">
            <input type="checkbox" name="in_stock" value="1" defaultChecked={params.inStock} /> {s.inStock}
          </label>
          <button type="submit" className="btn btn--primary" data-testid="search-submit">
            {s.submit}
          </button>
          {filtered ? (
            <Link href={`${path}${searchQueryString({ q: params.q })}`} className="btn btn--ghost">
              {s.reset}
            </Link>
          ) : null}
        </div>
      </form>

      {result === null ? (
        <p className="form-error" role="alert">
          {dict.errors.network}
        </p>
      ) : (
        <div className="search-layout">
          <aside className="search-facets" aria-label={s.refine}>
            <FacetGroup title={s.facets.kind} values={result.facets.kind} selected={params.kind} hrefFor={(v) => href({ kind: v as SearchParams["kind"] })} label={kindLabel} testId="facet-kind" />
            <FacetGroup title={s.facets.category} values={result.facets.category} selected={params.category} hrefFor={(v) => href({ category: v })} testId="facet-category" />
            <FacetGroup title={s.facets.vendor} values={result.facets.vendor} selected={params.vendor} hrefFor={(v) => href({ vendor: v })} testId="facet-vendor" />
          </aside>
          <div className="search-results">
            {result.hits.length ? (
              <>
                <p className="listing__count muted" data-testid="search-count">
                  {plural(locale, result.count, s.count)}
                </p>
                {result.fuzzy ? (
                  <p className="notice" data-testid="search-fuzzy">
                    {interpolate(s.fuzzy, { q: params.q })}
                  </p>
                ) : null}
                <ul className="product-grid">
                  {result.hits.map((doc) => (
                    <li key={doc.id}>
                      <HitCard doc={doc} currency={currency} locale={locale} dict={dict} />
                    </li>
                  ))}
                </ul>
                <Pagination page={params.page} pageCount={pageCount} hrefFor={(page) => `${path}${searchQueryString({ ...params, page })}`} dict={dict.store} />
              </>
            ) : (
              <div className="empty search-empty" data-testid="search-empty">
                <p>{params.q ? interpolate(s.noResultsFor, { q: params.q }) : s.noResults}</p>
                <p className="muted">{s.tips}</p>
                {result.suggestions.length ? (
                  <section data-testid="search-suggestions">
                    <h2 className="search-facet__title">{s.didYouMean}</h2>
                    <ul className="chip-list">
                      {result.suggestions.map((doc) => (
                        <li key={doc.id}>
                          <Link href={localizePath(locale, hitPath(doc))} className="chip">
                            {doc.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </section>
                ) : null}
                {result.categories.length ? (
                  <section data-testid="search-browse">
                    <h2 className="search-facet__title">{s.browse}</h2>
                    <ul className="chip-list">
                      {result.categories.map((c) => (
                        <li key={c.value}>
                          <Link href={href({ q: "", kind: "", vendor: "", inStock: false, min: null, max: null, category: c.value })} className="chip">
                            {c.value}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </section>
                ) : null}
              </div>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
