import Link from "next/link"
import { interpolate } from "../../../lib/i18n/format"
import type { Dictionary } from "../../../lib/i18n/dictionary"

type PaginationProps = {
  page: number
  pageCount: number
  /** Builds the URL of a page, keeping the other query parameters. */
  hrefFor: (page: number) => string
  dict: Dictionary["store"]
}

export function Pagination({ page, pageCount, hrefFor, dict }: PaginationProps) {
  if (pageCount <= 1) {
    return null
  }
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 1
  )
  return (
    <nav className="pagination" aria-label={dict.pagination}>
      {page > 1 ? (
        <Link className="pagination__link" href={hrefFor(page - 1)} rel="prev">
          ← {dict.previous}
        </Link>
      ) : (
        <span className="pagination__link is-disabled" aria-hidden="true">
          ← {dict.previous}
        </span>
      )}
      <ol className="pagination__pages">
        {pages.map((p, index) => (
          <li key={p}>
            {index > 0 && pages[index - 1] !== p - 1 ? <span className="pagination__gap">…</span> : null}
            <Link
              className={`pagination__page${p === page ? " is-current" : ""}`}
              href={hrefFor(p)}
              aria-current={p === page ? "page" : undefined}
              aria-label={interpolate(dict.pageOf, { page: p, total: pageCount })}
            >
              {p}
            </Link>
          </li>
        ))}
      </ol>
      {page < pageCount ? (
        <Link className="pagination__link" href={hrefFor(page + 1)} rel="next">
          {dict.next} →
        </Link>
      ) : (
        <span className="pagination__link is-disabled" aria-hidden="true">
          {dict.next} →
        </span>
      )}
    </nav>
  )
}
