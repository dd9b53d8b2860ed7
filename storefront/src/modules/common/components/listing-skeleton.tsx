import { getDictionary } from "../../../lib/i18n/dictionary"
import { requestLocale } from "../../../lib/i18n/request"

/** Loading state of listing pages: same footprint as the product grid to avoid layout shift. */
export async function ListingSkeleton() {
  const dict = getDictionary(await requestLocale())
  return (
    <div className="container page" aria-busy="true">
      <p className="sr-only" role="status">
        {dict.common.loading}
      </p>
      <div className="skeleton skeleton--title" />
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: 8 }, (_, index) => (
          <li key={index}>
            <div className="skeleton skeleton--card" />
          </li>
        ))}
      </ul>
    </div>
  )
}
