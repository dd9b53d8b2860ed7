import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { plural } from "../../../lib/i18n/format"
import type { CourseSummary } from "../../../types/courses"
import { SelectField } from "../../common/components/select-field"
import { Thumbnail } from "../../common/components/thumbnail"
import { VerifiedBadge } from "../../common/components/verified-badge"
import { totalDuration } from "../components/course-curriculum"
import { languageLabel, levelLabel } from "../components/course-labels"

/** `/courses`: the published courses (`GET /store/courses`), filtered by text, level and language. */
export function CoursesListTemplate({
  courses,
  count,
  failed,
  filters,
  levels,
  languages,
  locale,
  dict,
}: {
  courses: CourseSummary[]
  count: number
  failed: boolean
  filters: { q: string; level: string; language: string }
  levels: string[]
  languages: string[]
  locale: Locale
  dict: Dictionary
}) {
  const c = dict.courses
  const f = c.filters
  const filtered = Boolean(filters.q || filters.level || filters.language)
  return (
    <div className="container page" data-testid="courses-page">
      <header className="page__head">
        <h1 className="page__title">{c.list.title}</h1>
        <p className="muted">{c.list.intro}</p>
        {!failed ? <p className="listing__count muted">{plural(locale, count, c.list.count)}</p> : null}
      </header>
      {/* a plain GET form: works without JavaScript and keeps the filters in the URL */}
      <form method="get" className="course-filters" data-testid="course-filters" role="search">
        <div className="field">
          <label htmlFor="course-q" className="field__label">
            {f.search}
          </label>
          <input id="course-q" name="q" type="search" className="field__input" defaultValue={filters.q} maxLength={100} />
        </div>
        <SelectField
          name="level"
          label={f.level}
          defaultValue={filters.level}
          options={[{ value: "", label: f.any }, ...levels.map((value) => ({ value, label: levelLabel(value, dict) ?? value }))]}
        />
        <SelectField
          name="language"
          label={f.language}
          defaultValue={filters.language}
          options={[{ value: "", label: f.any }, ...languages.map((value) => ({ value, label: languageLabel(value, locale) ?? value }))]}
        />
        <div className="course-filters__actions">
          <button type="submit" className="btn btn--primary" data-testid="course-filters-apply">
            {f.apply}
          </button>
          {filtered ? (
            <Link href={localizePath(locale, "/courses")} className="btn btn--ghost">
              {f.reset}
            </Link>
          ) : null}
        </div>
      </form>
      {failed ? (
        <p className="form-error" role="alert">
          {dict.errors.network}
        </p>
      ) : courses.length === 0 ? (
        <p className="empty">{filtered ? f.noMatch : c.list.empty}</p>
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
