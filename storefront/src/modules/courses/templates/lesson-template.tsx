import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { completedLessonIds, lessonOrder, percentInt } from "../../../lib/util/course"
import type { CourseLesson, CourseQuestion, MyCourse } from "../../../types/courses"
import { LearnCurriculum } from "../components/learn-curriculum"
import { LessonPlayer } from "../components/lesson-player"
import { ProgressBar } from "../components/progress-bar"
import { QaPanel } from "../components/qa-panel"

/** `/learn/[course]/[lesson]`: the player, previous/next, the curriculum sidebar and the lesson's Q&A. */
export function LessonTemplate({
  data,
  lessonId,
  lesson,
  lessonError,
  questions,
  questionsError,
  locale,
  dict,
}: {
  data: MyCourse
  lessonId: string
  lesson: CourseLesson | null
  lessonError: string | null
  questions: CourseQuestion[]
  questionsError: string | null
  locale: Locale
  dict: Dictionary
}) {
  const l = dict.courses.learn
  const q = dict.courses.qa
  const { course, enrollment } = data
  const sections = course.sections ?? []
  const order = lessonOrder(sections)
  const index = order.indexOf(lessonId)
  const previousId = lesson?.previous_lesson_id ?? (index > 0 ? order[index - 1] : null)
  const nextId = lesson?.next_lesson_id ?? (index >= 0 && index < order.length - 1 ? order[index + 1] : null)
  const completed = completedLessonIds(data.progress)
  const progress = data.progress.find((entry) => entry.lesson_id === lessonId)
  const percent = percentInt(data.progress_percent)
  const lessonHref = (id: string) => localizePath(locale, `/learn/${course.handle}/${id}`)

  return (
    <div className="container page lesson-page" data-testid="lesson-page" data-lesson-id={lessonId}>
      <nav className="breadcrumbs" aria-label={dict.nav.breadcrumbs}>
        <ol>
          <li>
            <Link href={localizePath(locale, `/learn/${course.handle}`)}>{course.title}</Link>
          </li>
          <li aria-current="page">{lesson?.title ?? l.lessonMissing}</li>
        </ol>
      </nav>
      <div className="lesson-layout">
        <div className="lesson-layout__main">
          {lesson ? (
            <>
              <h1 className="page__title">{lesson.title}</h1>
              <LessonPlayer
                key={lesson.id}
                handle={course.handle}
                enrollmentId={enrollment.id}
                lesson={lesson}
                startAt={progress?.position_seconds ?? 0}
                completed={completed.has(lesson.id)}
                locale={locale}
                certificateBase={localizePath(locale, "/certificates")}
                labels={{ ...l, unsupported: dict.product.videoUnsupported }}
              />
            </>
          ) : (
            <div className="empty-state" data-testid="lesson-error">
              <h1 className="page__title">{index < 0 ? l.lessonMissing : l.lessonError}</h1>
              {lessonError ? <p className="form-error">{lessonError}</p> : null}
            </div>
          )}
          <nav className="lesson-nav" aria-label={l.content}>
            {previousId ? (
              <Link href={lessonHref(previousId)} className="btn btn--ghost" data-testid="previous-lesson" rel="prev">
                ← {l.previous}
              </Link>
            ) : (
              <span />
            )}
            {nextId ? (
              <Link href={lessonHref(nextId)} className="btn btn--primary" data-testid="next-lesson" rel="next">
                {l.next} →
              </Link>
            ) : (
              <Link href={localizePath(locale, `/learn/${course.handle}`)} className="btn btn--ghost">
                {l.courseOverview}
              </Link>
            )}
          </nav>

        </div>
        <aside className="lesson-layout__side card" aria-label={l.content}>
          <ProgressBar
            percent={percent}
            label={l.progressLabel}
            caption={`${interpolate(l.percent, { percent })} · ${interpolate(l.lessonsDone, { done: completed.size, total: order.length })}`}
          />
          <LearnCurriculum
            handle={course.handle}
            sections={sections}
            completed={completed}
            currentLessonId={lessonId}
            locale={locale}
            dict={dict}
          />
        </aside>
        {lesson ? (
          <div className="lesson-layout__qa">
            <QaPanel
              handle={course.handle}
              lessonId={lesson.id}
              initial={questions}
              initialError={questionsError}
              locale={locale}
              labels={{ ...q, votes: q.votes.other }}
            />
          </div>
        ) : null}
      </div>
    </div>
  )
}
