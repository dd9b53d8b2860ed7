import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { Product, Vendor } from "../../../types/vitrina"
import { ProductGrid } from "../../products/components/product-card"
import { VendorCard } from "../../vendors/components/vendor-card"
import { CategoryTiles } from "../components/category-tiles"
import { Hero } from "../components/hero"

type HomeTemplateProps = {
  locale: Locale
  dict: Dictionary
  categories: HttpTypes.StoreProductCategory[]
  featured: Product[]
  courses: Product[]
  coursesHref: string | null
  vendors: Vendor[]
}

export function HomeTemplate({ locale, dict, categories, featured, courses, coursesHref, vendors }: HomeTemplateProps) {
  return (
    <>
      <Hero locale={locale} dict={dict} coursesHref={coursesHref} />
      <CategoryTiles categories={categories} locale={locale} title={dict.home.categoriesTitle} />

      <section className="section container" aria-labelledby="home-featured">
        <div className="section__head">
          <h2 id="home-featured" className="section__title">
            {dict.home.featuredTitle}
          </h2>
          <Link href={localizePath(locale, "/store")} className="section__more">
            {dict.home.viewAll} →
          </Link>
        </div>
        {featured.length > 0 ? (
          <ProductGrid products={featured} locale={locale} dict={dict} />
        ) : (
          <p className="empty">{dict.home.emptyCatalog}</p>
        )}
      </section>

      {courses.length > 0 ? (
        <section className="section section--tinted" aria-labelledby="home-courses">
          <div className="container">
            <div className="section__head">
              <h2 id="home-courses" className="section__title">
                {dict.home.coursesTitle}
              </h2>
              {coursesHref ? (
                <Link href={coursesHref} className="section__more">
                  {dict.home.viewAll} →
                </Link>
              ) : null}
            </div>
            <ProductGrid products={courses} locale={locale} dict={dict} />
          </div>
        </section>
      ) : null}

      {vendors.length > 0 ? (
        <section className="section container" aria-labelledby="home-vendors">
          <h2 id="home-vendors" className="section__title">
            {dict.home.vendorsTitle}
          </h2>
          <ul className="vendor-strip" data-testid="vendor-strip">
            {vendors.map((vendor) => (
              <li key={vendor.id}>
                <VendorCard vendor={vendor} locale={locale} dict={dict} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
