import Link from "next/link"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { listingHref, SORT_KEYS } from "../../../lib/util/listing"
import type { SortKey } from "../../../types/vitrina"

export function SortLinks({ basePath, sort, dict }: { basePath: string; sort: SortKey; dict: Dictionary["store"] }) {
  const labels: Record<SortKey, string> = {
    newest: dict.sortNewest,
    price_asc: dict.sortPriceAsc,
    price_desc: dict.sortPriceDesc,
  }
  return (
    <div className="sort" role="group" aria-label={dict.sortLabel}>
      <span className="sort__label">{dict.sortLabel}:</span>
      {SORT_KEYS.map((key) => (
        <Link
          key={key}
          href={listingHref(basePath, { page: 1, sort: key })}
          className={`chip${key === sort ? " is-active" : ""}`}
          aria-current={key === sort ? "true" : undefined}
          rel="nofollow"
          data-testid="sort-option"
          scroll={false}
        >
          {labels[key]}
        </Link>
      ))}
    </div>
  )
}
