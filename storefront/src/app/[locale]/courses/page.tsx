import type { Metadata } from "next"
import { listCourses } from "../../../lib/data/courses"
import { getDictionary } from "../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../lib/i18n/route"
import { pageMetadata } from "../../../lib/metadata"
import { CoursesListTemplate } from "../../../modules/courses/templates/courses-list-template"
import type { CourseSummary } from "../../../types/courses"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const LEVELS = ["beginner", "intermediate", "advanced", "all"]
const LANGUAGES = ["en", "ru"]

/** The list's filters from the query string; unknown values are ignored rather than sent to the API. */
function filtersOf(params: Record<string, string | string[] | undefined>) {
  const one = (key: string) => {
    const value = params[key]
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
  }
  const level = one("level")
  const language = one("language")
  return {
    q: one("q").slice(0, 100),
    level: LEVELS.includes(level) ? level : "",
    language: LANGUAGES.includes(language) ? language : "",
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: "/courses", title: dict.courses.meta.listTitle, description: dict.courses.meta.listDescription })
}

export default async function CoursesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const filters = filtersOf(await searchParams)
  const result = await listCourses({ ...filters, limit: 48 }).catch(() => null)
  return (
    <CoursesListTemplate
      courses={result?.courses ?? ([] as CourseSummary[])}
      count={result?.count ?? 0}
      failed={result === null}
      filters={filters}
      levels={LEVELS}
      languages={LANGUAGES}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
