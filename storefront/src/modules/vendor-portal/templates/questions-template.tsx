import Link from "next/link"
import { answerInboxQuestion } from "../../../lib/data/vendor-courses"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatDate, interpolate } from "../../../lib/i18n/format"
import type { CourseQuestion } from "../../../types/courses"
import type { VendorSession } from "../../../types/vitrina"
import { ActionForm } from "../../common/components/action-form"
import { SubmitButton } from "../../common/components/submit-button"
import { AnswerList, AnswerTextarea } from "../../courses/components/answer-list"
import { PortalShell } from "../components/portal-shell"

/** The teacher's Q&A inbox: unanswered (default) or all questions, each with an answer form. */
export function QuestionsTemplate({
  session,
  questions,
  status,
  locale,
  dict,
}: {
  session: VendorSession
  questions: CourseQuestion[] | null
  status: "unanswered" | "all"
  locale: Locale
  dict: Dictionary
}) {
  const q = dict.portal.questions
  const base = localizePath(locale, "/vendor/questions")
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="questions">
      <header className="page__head">
        <h1 className="page__title">{q.title}</h1>
        <p className="muted">{q.intro}</p>
      </header>
      <nav aria-label={q.title}>
        <ul className="chip-list portal__filters">
          {(["unanswered", "all"] as const).map((filter) => (
            <li key={filter}>
              <Link
                href={filter === "all" ? `${base}?status=all` : base}
                className={`chip${filter === status ? " is-active" : ""}`}
                aria-current={filter === status ? "page" : undefined}
                data-testid={`inbox-filter-${filter}`}
              >
                {q[filter]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {questions === null ? (
        <p className="empty">{q.unavailable}</p>
      ) : questions.length === 0 ? (
        <p className="empty" data-testid="inbox-empty">
          {status === "unanswered" ? q.emptyUnanswered : q.empty}
        </p>
      ) : (
        <ol className="qa__list">
          {questions.map((question) => (
            <li key={question.id} className="qa-question card stack" data-testid="inbox-question" data-question-id={question.id}>
              <p className="muted small">
                {question.course ? (
                  <Link href={localizePath(locale, `/vendor/courses/${question.course.id}`)}>{question.course.title}</Link>
                ) : null}
                {question.lesson ? ` · ${interpolate(q.lessonLabel, { title: question.lesson.title })}` : null}
              </p>
              <h2 className="qa-question__title">{question.title}</h2>
              <p className="muted small">
                {question.author_name} · {formatDate(question.created_at, locale)}
              </p>
              <p className="qa-text">{question.body}</p>
              <AnswerList answers={question.answers ?? []} locale={locale} teacherLabel={dict.courses.qa.teacher} />
              <ActionForm action={answerInboxQuestion} className="qa__answer-form" errorTestId="inbox-answer-error" successMessage={q.answered}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="question_id" value={question.id} />
                <AnswerTextarea id={`inbox-answer-${question.id}`} label={q.answer} testId="inbox-answer-body" rows={3} />
                <SubmitButton className="btn btn--primary btn--small" pendingLabel={q.answering} testId="inbox-answer-submit">
                  {q.answerSubmit}
                </SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ol>
      )}
    </PortalShell>
  )
}
