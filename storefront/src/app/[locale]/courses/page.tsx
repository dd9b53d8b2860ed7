import type { Metadata } from "next"
import { listCourses } from "../../../lib/data/courses"
import { getDictionary } from "../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../lib/i18n/route"
import { pageMetadata } from "../../../lib/metadata"
import { CoursesListTemplate } from "../../../modules/courses/templates/courses-list-template"
import type { CourseSummary } from "../../../types/courses"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: "/courses", title: dict.courses.meta.listTitle, description: dict.courses.meta.listDescription })
}

export default async function CoursesPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const result = await listCourses({ limit: 48 }).catch(() => null)
  return (
    <CoursesListTemplate
      courses={result?.courses ?? ([] as CourseSummary[])}
      count={result?.count ?? 0}
      failed={result === null}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
