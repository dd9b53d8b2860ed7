import type { Metadata } from "next"
import { getDictionary } from "../../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../../lib/i18n/route"
import { portalMetadata, requireVendorSession } from "../../../../../modules/vendor-portal/session"
import { CourseEditTemplate } from "../../../../../modules/vendor-portal/templates/course-edit-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/courses/new", getDictionary(locale).portal.meta.newCourse)
}

export default async function VendorNewCoursePage({ params }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  return <CourseEditTemplate session={session} course={null} stats={null} saved={false} locale={locale} dict={getDictionary(locale)} />
}
