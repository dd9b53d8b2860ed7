import type { Metadata } from "next"
import { listMyCourses } from "../../../../lib/data/vendor-courses"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { firstParam, portalMetadata, requireVendorSession } from "../../../../modules/vendor-portal/session"
import { CoursesTemplate } from "../../../../modules/vendor-portal/templates/courses-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/courses", getDictionary(locale).portal.meta.courses)
}

export default async function VendorCoursesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const result = session.vendor.kind === "teacher" ? await listMyCourses().catch(() => null) : { courses: [] }
  return (
    <CoursesTemplate
      session={session}
      courses={result?.courses ?? null}
      deleted={firstParam((await searchParams).deleted) === "1"}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
