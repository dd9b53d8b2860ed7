import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { completedLessonIds, lessonOrder, percentInt, resumeLessonId } from "../../../lib/util/course"
import type { MyCourse } from "../../../types/courses"
import { CertificateLinks } from "../components/certificate-links"
import { LearnCurriculum } from "../components/learn-curriculum"
import { ProgressBar } from "../components/progress-bar"

/** `/learn/[course]`: progress, resume, certificate and the curriculum with ticks. */
export function LearnTemplate({ data, locale, dict }: { data: MyCourse; locale: Locale; dict: Dictionary }) {
  const l = dict.courses.learn
  const { course, enrollment, certificate } = data
  const sections = course.sections ?? []
  const completed = completedLessonIds(data.progress)
  const total = lessonOrder(sections).length
  const resume = resumeLessonId(sections, enrollment.last_lesson_id)
  const percent = percentInt(data.progress_percent)
  return (
    <div className="container page learn-page" data-testid="learn-page" data-enrollment-id={enrollment.id}>
      <nav className="breadcrumbs" aria-label={dict.nav.breadcrumbs}>
        <ol>
          <li>
            <Link href={localizePath(locale, "/account/courses")}>{dict.courses.account.title}</Link>
          </li>
          <li aria-current="page">{course.title}</li>
        </ol>
      </nav>
      <header className="page__head">
        <h1 className="page__title">{course.title}</h1>
        {course.subtitle ? <p className="muted">{course.subtitle}</p> : null}
      </header>
      <section className="card stack learn-summary" aria-label={l.progressLabel}>
        <ProgressBar
          percent={percent}
          label={l.progressLabel}
          caption={`${interpolate(l.percent, { percent })} · ${interpolate(l.lessonsDone, { done: completed.size, total })}`}
        />
        {resume ? (
          <p>
            <Link
              href={localizePath(locale, `/learn/${course.handle}/${resume}`)}
              className="btn btn--primary btn--large"
              data-testid="resume-course"
            >
              {enrollment.last_lesson_id || completed.size > 0 ? l.resume : l.start}
            </Link>
          </p>
        ) : null}
      </section>
      {certificate ? (
        <section className="card stack certificate-card" aria-labelledby="learn-certificate" data-testid="certificate-ready">
          <h2 id="learn-certificate" className="section__title section__title--small">
            {l.certificate}
          </h2>
          <p>{l.certificateText}</p>
          <CertificateLinks code={certificate.code} publicHref={localizePath(locale, `/certificates/${certificate.code}`)} labels={l} />
        </section>
      ) : null}
      <section className="product-section" aria-labelledby="learn-content">
        <h2 id="learn-content" className="section__title">
          {l.content}
        </h2>
        <LearnCurriculum handle={course.handle} sections={sections} completed={completed} locale={locale} dict={dict} />
      </section>
    </div>
  )
}
