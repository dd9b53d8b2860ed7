import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { CourseSection } from "../../../types/courses"
import { CheckIcon } from "../../common/icons"
import { LessonMeta } from "./lesson-meta"

/** The student's curriculum: every lesson links to the player and shows whether it is completed. */
export function LearnCurriculum({
  handle,
  sections,
  completed,
  currentLessonId,
  locale,
  dict,
}: {
  handle: string
  sections: CourseSection[]
  completed: Set<string>
  currentLessonId?: string | null
  locale: Locale
  dict: Dictionary
}) {
  const c = dict.courses
  return (
    <nav className="learn-curriculum" aria-label={c.learn.content}>
      <ol className="curriculum">
        {sections.map((section) => (
          <li key={section.id} className="curriculum__section">
            <h3 className="curriculum__section-title">{section.title}</h3>
            <ol className="curriculum__lessons">
              {section.lessons.map((lesson) => {
                const done = completed.has(lesson.id)
                const current = lesson.id === currentLessonId
                return (
                  <li key={lesson.id}>
                    <Link
                      href={localizePath(locale, `/learn/${handle}/${lesson.id}`)}
                      className={`learn-lesson${current ? " is-current" : ""}${done ? " is-done" : ""}`}
                      aria-current={current ? "page" : undefined}
                      data-testid="lesson-link"
                      data-lesson-id={lesson.id}
                      data-completed={done ? "true" : "false"}
                    >
                      <span className="learn-lesson__tick" aria-hidden="true">
                        {done ? <CheckIcon size={14} /> : null}
                      </span>
                      <span className="learn-lesson__title">
                        {lesson.title}
                        <span className="sr-only"> ({done ? c.learn.completed : c.learn.notCompleted})</span>
                      </span>
                      <LessonMeta kind={lesson.kind} seconds={lesson.duration_seconds} labels={{ video: c.kindVideo, text: c.kindText }} />
                    </Link>
                  </li>
                )
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  )
}
