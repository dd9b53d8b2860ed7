import type { Metadata } from "next"
import { listCategories } from "../../lib/data/categories"
import { listProducts } from "../../lib/data/products"
import { getCurrentRegion } from "../../lib/data/regions"
import { listVendors } from "../../lib/data/vendors"
import { localizePath } from "../../lib/i18n/config"
import { getDictionary } from "../../lib/i18n/dictionary"
import { resolveLocale } from "../../lib/i18n/route"
import { pageMetadata } from "../../lib/metadata"
import { isCourse } from "../../lib/util/product"
import { HomeTemplate } from "../../modules/home/templates/home-template"
import type { Vendor } from "../../types/vitrina"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({
    locale,
    path: "",
    title: dict.meta.homeTitle,
    description: dict.meta.homeDescription,
    absoluteTitle: true,
  })
}

const COURSES_HANDLE = "courses"

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  const [region, categories, vendors] = await Promise.all([
    getCurrentRegion(),
    listCategories(),
    listVendors({ limit: 12 }).then(
      (result) => result.vendors,
      () => [] as Vendor[]
    ),
  ])
  const topCategories = categories.filter((category) => !category.parent_category_id)
  const coursesCategory = categories.find((category) => category.handle === COURSES_HANDLE) ?? null
  const courseCategoryIds = coursesCategory
    ? [coursesCategory.id, ...(coursesCategory.category_children ?? []).map((child) => child.id)]
    : []

  const regionId = region?.id ?? ""
  const [latest, courseList] = await Promise.all([
    listProducts({ regionId, limit: 24 }),
    courseCategoryIds.length > 0
      ? listProducts({ regionId, limit: 4, categoryIds: courseCategoryIds })
      : Promise.resolve(null),
  ])
  const featured = latest.items.filter((product) => !isCourse(product)).slice(0, 8)
  const courses = (courseList?.items ?? latest.items.filter(isCourse)).slice(0, 4)

  return (
    <HomeTemplate
      locale={locale}
      dict={dict}
      categories={topCategories}
      featured={featured}
      courses={courses}
      coursesHref={localizePath(locale, "/courses")}
      vendors={vendors}
    />
  )
}
