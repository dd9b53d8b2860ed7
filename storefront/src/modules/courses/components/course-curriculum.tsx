import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { plural } from "../../../lib/i18n/format"
import type { CourseSection } from "../../../types/courses"
import { formatDuration } from "../../products/components/course-facts"
import { LessonMeta } from "./lesson-meta"
import { PreviewPlayer } from "./preview-player"

/** Total duration for people: "1 h 5 min" (under a minute counts as one). */
export function totalDuration(seconds: number, dict: Dictionary): string | null {
  return seconds > 0 ? formatDuration(Math.max(1, Math.round(seconds / 60)), dict.product) : null
}

/** The landing page's curriculum: sections, lessons with kind and duration, preview buttons. */
export function CourseCurriculum({
  handle,
  sections,
  lessonsCount,
  durationSeconds,
  locale,
  dict,
}: {
  handle: string
  sections: CourseSection[]
  lessonsCount: number
  durationSeconds: number
  locale: Locale
  dict: Dictionary
}) {
  const c = dict.courses
  const summary = [
    plural(locale, sections.length, c.sectionsCount),
    plural(locale, lessonsCount, c.lessonsCount),
    totalDuration(durationSeconds, dict),
  ]
    .filter(Boolean)
    .join(" · ")
  return (
    <section className="product-section" aria-labelledby="course-curriculum-title" data-testid="course-curriculum">
      <div className="section__head">
        <h2 id="course-curriculum-title" className="section__title">
          {c.curriculum}
        </h2>
        <p className="muted small" data-testid="curriculum-summary">
          {summary}
        </p>
      </div>
      <ol className="curriculum">
        {sections.map((section) => (
          <li key={section.id} className="curriculum__section">
            <h3 className="curriculum__section-title">{section.title}</h3>
            <ol className="curriculum__lessons">
              {section.lessons.map((lesson) => (
                <li
                  key={lesson.id}
                  className="curriculum__lesson"
                  data-testid="curriculum-lesson"
                  data-lesson-id={lesson.id}
                  data-preview={lesson.is_preview ? "true" : "false"}
                >
                  <span className="curriculum__lesson-title">{lesson.title}</span>
                  {lesson.is_preview ? (
                    <PreviewPlayer
                      handle={handle}
                      lessonId={lesson.id}
                      title={lesson.title}
                      locale={locale}
                      labels={{
                        preview: c.preview,
                        play: c.playPreview,
                        close: c.close,
                        loading: c.loading,
                        unsupported: dict.product.videoUnsupported,
                      }}
                    />
                  ) : null}
                  <LessonMeta kind={lesson.kind} seconds={lesson.duration_seconds} labels={{ video: c.kindVideo, text: c.kindText }} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  )
}
