import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { listMyEnrollments } from "../../../../lib/data/courses"
import { localizePath } from "../../../../lib/i18n/config"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageMetadata } from "../../../../lib/metadata"
import { MyCourses } from "../../../../modules/courses/components/my-courses"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return pageMetadata({ locale, path: "/account/courses", title: getDictionary(locale).courses.meta.myCoursesTitle, noIndex: true })
}

export default async function MyCoursesPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  const enrollments = await listMyEnrollments()
  if (!enrollments) {
    redirect(`${localizePath(locale, "/account/login")}?next=${encodeURIComponent(localizePath(locale, "/account/courses"))}`)
  }
  return (
    <div className="container page" data-testid="my-courses-page">
      <Link href={localizePath(locale, "/account")} className="muted">
        ← {dict.account.backToAccount}
      </Link>
      <header className="page__head">
        <h1 className="page__title">{dict.courses.account.title}</h1>
      </header>
      <MyCourses enrollments={enrollments} locale={locale} dict={dict} />
    </div>
  )
}
