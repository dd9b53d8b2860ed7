import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate, languageName } from "../../../lib/i18n/format"
import type { CourseInfo } from "../../../lib/util/product"

export function formatDuration(minutes: number, dict: Dictionary["product"]): string {
  const hours = Math.floor(minutes / 60)
  const rest = Math.round(minutes % 60)
  if (hours === 0) {
    return interpolate(dict.durationMinutes, { minutes: rest })
  }
  return rest === 0
    ? interpolate(dict.durationHours, { hours })
    : interpolate(dict.durationValue, { hours, minutes: rest })
}

export function CourseFacts({
  course,
  locale,
  dict,
}: {
  course: CourseInfo
  locale: Locale
  dict: Dictionary["product"]
}) {
  const facts: { label: string; value: string; key: string }[] = []
  if (course.level) facts.push({ key: "level", label: dict.level, value: course.level })
  if (course.language) facts.push({ key: "language", label: dict.language, value: languageName(course.language, locale) })
  if (course.lessonsCount) facts.push({ key: "lessons", label: dict.lessons, value: String(course.lessonsCount) })
  if (course.durationMinutes) {
    facts.push({ key: "duration", label: dict.duration, value: formatDuration(course.durationMinutes, dict) })
  }
  if (facts.length === 0) {
    return null
  }
  return (
    <section className="course-facts" aria-label={dict.courseDetails} data-testid="course-facts">
      <h2 className="course-facts__title">{dict.courseDetails}</h2>
      <dl>
        {facts.map((fact) => (
          <div key={fact.key} className="course-facts__item" data-fact={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
