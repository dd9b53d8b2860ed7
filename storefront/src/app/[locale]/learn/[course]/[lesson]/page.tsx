import type { Metadata } from "next"
import { loadLesson, loadQuestions } from "../../../../../lib/data/courses"
import { localizePath } from "../../../../../lib/i18n/config"
import { getDictionary } from "../../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../../lib/i18n/route"
import { pageMetadata } from "../../../../../lib/metadata"
import { LearnBlocked, loadLearning } from "../../../../../modules/courses/components/learn-gate"
import { LessonTemplate } from "../../../../../modules/courses/templates/lesson-template"

type Props = { params: Promise<{ locale: string; course: string; lesson: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { course, lesson } = await params
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: `/learn/${course}/${lesson}`, title: dict.courses.meta.myCoursesTitle, noIndex: true })
}

export default async function LessonPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { course: handle, lesson: lessonId } = await params
  const dict = getDictionary(locale)
  const result = await loadLearning(locale, handle, localizePath(locale, `/learn/${handle}/${lessonId}`))
  if (!result.data) {
    return <LearnBlocked reason={result.blocked} handle={handle} locale={locale} dict={dict} />
  }
  const [lesson, questions] = await Promise.all([
    loadLesson(handle, lessonId, locale),
    loadQuestions(handle, { lessonId, sort: "votes", locale }),
  ])
  return (
    <LessonTemplate
      data={result.data}
      lessonId={lessonId}
      lesson={lesson.lesson}
      lessonError={lesson.error}
      questions={questions.questions}
      questionsError={questions.error}
      locale={locale}
      dict={dict}
    />
  )
}
