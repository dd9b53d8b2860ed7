import type { Locale } from "../../../lib/i18n/config"
import { formatDate } from "../../../lib/i18n/format"
import type { CourseAnswer } from "../../../types/courses"

/** Answers to a question, the teacher's marked; every text is rendered as text. */
export function AnswerList({ answers, locale, teacherLabel }: { answers: CourseAnswer[]; locale: Locale; teacherLabel: string }) {
  if (answers.length === 0) {
    return null
  }
  return (
    <ol className="qa__answers">
      {answers.map((item) => (
        <li
          key={item.id}
          className={`qa-answer${item.is_teacher ? " qa-answer--teacher" : ""}`}
          data-testid="qa-answer"
          data-teacher={item.is_teacher ? "true" : "false"}
        >
          <p className="small">
            <strong>{item.author_name}</strong>
            {item.is_teacher ? <span className="pill pill--published">{teacherLabel}</span> : null}
            <span className="muted"> · {formatDate(item.created_at, locale)}</span>
          </p>
          <p className="qa-text">{item.body}</p>
        </li>
      ))}
    </ol>
  )
}

/** The text box of an answer form (student Q&A and the teacher's inbox). */
export function AnswerTextarea({ id, label, testId, rows = 2 }: { id: string; label: string; testId: string; rows?: number }) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <textarea
        id={id}
        name="body"
        className="field__input field__textarea"
        rows={rows}
        required
        maxLength={5000}
        placeholder={label}
        data-testid={testId}
      />
    </>
  )
}
