import type { Metadata } from "next"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { localizePath } from "../../../../lib/i18n/config"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageMetadata } from "../../../../lib/metadata"
import { LearnBlocked, loadLearning } from "../../../../modules/courses/components/learn-gate"
import { LearnTemplate } from "../../../../modules/courses/templates/learn-template"

type Props = { params: Promise<{ locale: string; course: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: `/learn/${(await params).course}`, title: dict.courses.meta.myCoursesTitle, noIndex: true })
}

export default async function LearnPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { course: handle } = await params
  const dict = getDictionary(locale)
  const result = await loadLearning(locale, handle, localizePath(locale, `/learn/${handle}`))
  if (!result.data) {
    return <LearnBlocked reason={result.blocked} handle={handle} locale={locale} dict={dict} />
  }
  return <LearnTemplate data={result.data} locale={locale} dict={dict} />
}
