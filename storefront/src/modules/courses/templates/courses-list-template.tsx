import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { plural } from "../../../lib/i18n/format"
import type { CourseSummary } from "../../../types/courses"
import { Thumbnail } from "../../common/components/thumbnail"
import { VerifiedBadge } from "../../common/components/verified-badge"
import { totalDuration } from "../components/course-curriculum"
import { languageLabel, levelLabel } from "../components/course-labels"

/** `/courses`: every published course (`GET /store/courses`). */
export function CoursesListTemplate({
  courses,
  count,
  failed,
  locale,
  dict,
}: {
  courses: CourseSummary[]
  count: number
  failed: boolean
  locale: Locale
  dict: Dictionary
}) {
  const c = dict.courses
  return (
    <div className="container page" data-testid="courses-page">
      <header className="page__head">
        <h1 className="page__title">{c.list.title}</h1>
        <p className="muted">{c.list.intro}</p>
        {!failed ? <p className="listing__count muted">{plural(locale, count, c.list.count)}</p> : null}
      </header>
      {failed ? (
        <p className="form-error" role="alert">
          {dict.errors.network}
        </p>
      ) : courses.length === 0 ? (
        <p className="empty">{c.list.empty}</p>
      ) : (
        <ul className="product-grid">
          {courses.map((course) => (
            <li key={course.id}>
              <Link
                href={localizePath(locale, `/courses/${course.handle}`)}
                className="product-card"
                data-testid="course-card"
                data-course-handle={course.handle}
              >
                <div className="product-card__media">
                  <Thumbnail src={course.thumbnail} alt={course.title} width={480} height={480} placeholder={dict.product.noImage} />
                  <span className="badge badge--course">{dict.product.course}</span>
                </div>
                <div className="product-card__body">
                  {course.teacher ? (
                    <p className="product-card__vendor">
                      <span>{course.teacher.name}</span>
                      {course.teacher.verified ? (
                        <VerifiedBadge label={dict.vendor.verified} hint={dict.vendor.verifiedHint} compact />
                      ) : null}
                    </p>
                  ) : null}
                  <h2 className="product-card__title">{course.title}</h2>
                  <p className="product-card__meta">
                    {[
                      levelLabel(course.level, dict),
                      languageLabel(course.language, locale),
                      course.lessons_count ? plural(locale, course.lessons_count, c.lessonsCount) : null,
                      course.duration_seconds ? totalDuration(course.duration_seconds, dict) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
