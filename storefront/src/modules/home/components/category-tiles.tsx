import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"

const TONES = ["sage", "sand", "sky", "rose", "plum", "stone"] as const

export function CategoryTiles({
  categories,
  locale,
  title,
}: {
  categories: HttpTypes.StoreProductCategory[]
  locale: Locale
  title: string
}) {
  if (categories.length === 0) {
    return null
  }
  return (
    <section className="section container" aria-labelledby="home-categories">
      <h2 id="home-categories" className="section__title">
        {title}
      </h2>
      <ul className="category-tiles">
        {categories.map((category, index) => (
          <li key={category.id}>
            <Link
              href={localizePath(locale, `/categories/${category.handle}`)}
              className={`category-tile category-tile--${TONES[index % TONES.length]}`}
              data-testid="category-tile"
            >
              <span className="category-tile__name">{category.name}</span>
              {category.category_children && category.category_children.length > 0 ? (
                <span className="category-tile__children">
                  {category.category_children
                    .slice(0, 3)
                    .map((child) => child.name)
                    .join(" · ")}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
