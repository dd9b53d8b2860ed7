import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { cache } from "react"
import { getStorefrontUrl } from "../../../../lib/config"
import { getCourse, listMyEnrollments } from "../../../../lib/data/courses"
import { getAuthHeaders } from "../../../../lib/data/cookies"
import { getProductByHandle, getProductById } from "../../../../lib/data/products"
import { getCurrentRegion } from "../../../../lib/data/regions"
import { localizePath } from "../../../../lib/i18n/config"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { interpolate } from "../../../../lib/i18n/format"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageMetadata } from "../../../../lib/metadata"
import { excerpt } from "../../../../lib/util/seo"
import { CourseTemplate } from "../../../../modules/courses/templates/course-template"
import { loadReviews } from "../../../../modules/reviews/components/reviews-section"

type Props = { params: Promise<{ locale: string; handle: string }> }

/** The course, or a redirect to its product page when the product exists but no course is published for it. */
const loadCourse = cache(async (locale: string, handle: string) => {
  const course = await getCourse(handle)
  if (course) {
    return course
  }
  const region = await getCurrentRegion().catch(() => null)
  const product = await getProductByHandle(handle, region?.id ?? "").catch(() => null)
  if (product) {
    redirect(`/${locale}/products/${encodeURIComponent(product.handle)}`)
  }
  notFound()
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const course = await loadCourse(locale, handle)
  const dict = getDictionary(locale)
  const description =
    excerpt(course.subtitle || course.description) ||
    interpolate(dict.courses.meta.courseDescription, { title: course.title, teacher: course.teacher?.name ?? dict.meta.siteName })
  const base = pageMetadata({ locale, path: `/courses/${course.handle}`, title: course.title, description })
  const region = course.thumbnail ? null : await getCurrentRegion().catch(() => null)
  const product =
    course.thumbnail || !course.product_id ? null : await getProductById(course.product_id, region?.id ?? "").catch(() => null)
  const image = course.thumbnail ?? product?.thumbnail ?? course.teacher?.logo ?? null
  return {
    ...base,
    openGraph: { ...base.openGraph, images: image ? [{ url: image, alt: course.title }] : undefined },
    twitter: { card: image ? "summary_large_image" : "summary", title: course.title, description, images: image ? [image] : [] },
  }
}

export default async function CoursePage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const course = await loadCourse(locale, handle)
  const dict = getDictionary(locale)
  const region = await getCurrentRegion().catch(() => null)
  const [product, enrollments, auth, reviews] = await Promise.all([
    course.product_id ? getProductById(course.product_id, region?.id ?? "").catch(() => null) : Promise.resolve(null),
    listMyEnrollments().catch(() => null),
    getAuthHeaders(),
    course.product_id ? loadReviews(course.product_id) : Promise.resolve(null),
  ])
  const enrollment =
    enrollments?.find((entry) => entry.course.id === course.id || entry.course.handle === course.handle) ?? null
  const baseUrl = getStorefrontUrl()
  return (
    <CourseTemplate
      course={course}
      product={product}
      enrollment={enrollment}
      signedIn={Boolean(auth.authorization)}
      locale={locale}
      dict={dict}
      canonicalUrl={`${baseUrl}${localizePath(locale, `/courses/${course.handle}`)}`}
      teacherUrl={course.teacher ? `${baseUrl}${localizePath(locale, `/vendors/${course.teacher.handle}`)}` : null}
      reviews={reviews}
    />
  )
}
