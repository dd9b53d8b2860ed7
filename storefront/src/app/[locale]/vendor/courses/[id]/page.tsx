import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCourseStats, retrieveMyCourse } from "../../../../../lib/data/vendor-courses"
import { getDictionary } from "../../../../../lib/i18n/dictionary"
import { interpolate } from "../../../../../lib/i18n/format"
import { resolveLocale } from "../../../../../lib/i18n/route"
import { firstParam, portalMetadata, requireVendorSession } from "../../../../../modules/vendor-portal/session"
import { CourseEditTemplate } from "../../../../../modules/vendor-portal/templates/course-edit-template"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { id } = await params
  const course = await retrieveMyCourse(id).catch(() => null)
  const meta = getDictionary(locale).portal.meta
  return portalMetadata(locale, `/vendor/courses/${id}`, course ? interpolate(meta.editCourse, { title: course.title }) : meta.courses)
}

export default async function VendorEditCoursePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const session = await requireVendorSession(locale)
  const [course, stats] = await Promise.all([retrieveMyCourse(id), retrieveCourseStats(id)])
  if (!course) {
    notFound()
  }
  return (
    <CourseEditTemplate
      session={session}
      course={course}
      stats={stats}
      saved={firstParam((await searchParams).saved) === "1"}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
