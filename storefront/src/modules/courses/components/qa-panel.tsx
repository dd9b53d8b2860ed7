"use client"

import { useState, useTransition, type FormEvent } from "react"
import { answerQuestion, askQuestion, loadQuestions, voteQuestion } from "../../../lib/data/courses"
import { defaultLocale, isLocale } from "../../../lib/i18n/config"
import { formatDate } from "../../../lib/i18n/format"
import type { CourseQuestion, QuestionSort } from "../../../types/courses"
import { AnswerList, AnswerTextarea } from "./answer-list"

export type QaLabels = {
  title: string
  sort: string
  sortVotes: string
  sortNewest: string
  empty: string
  ask: string
  questionTitle: string
  questionBody: string
  submit: string
  submitting: string
  answer: string
  answerSubmit: string
  teacher: string
  upvote: string
  answeredByTeacher: string
  /** `{count}` template of the vote count. */
  votes: string
}

/**
 * Questions and answers of one lesson: list sorted by votes or newest, ask, answer, upvote.
 * Everything people typed is rendered as text.
 */
export function QaPanel({
  handle,
  lessonId,
  initial,
  initialError,
  locale,
  labels,
}: {
  handle: string
  lessonId: string
  initial: CourseQuestion[]
  initialError: string | null
  locale: string
  labels: QaLabels
}) {
  const [questions, setQuestions] = useState(initial)
  const [sort, setSort] = useState<QuestionSort>("votes")
  const [error, setError] = useState<string | null>(initialError)
  const [pending, startTransition] = useTransition()
  const lang = isLocale(locale) ? locale : defaultLocale

  async function reload(nextSort = sort) {
    const result = await loadQuestions(handle, { lessonId, sort: nextSort, locale })
    if (!result.error) setQuestions(result.questions)
    setError(result.error)
  }

  function changeSort(next: QuestionSort) {
    setSort(next)
    startTransition(() => reload(next))
  }

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    startTransition(async () => {
      const result = await askQuestion({
        handle,
        lessonId,
        title: String(data.get("title") ?? ""),
        body: String(data.get("body") ?? ""),
        locale,
      })
      if (result.error) {
        setError(result.error)
        return
      }
      form.reset()
      await reload()
    })
  }

  function answer(questionId: string, event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const body = String(new FormData(form).get("body") ?? "")
    startTransition(async () => {
      const result = await answerQuestion({ handle, questionId, body, locale })
      if (result.error) {
        setError(result.error)
        return
      }
      form.reset()
      await reload()
    })
  }

  function vote(question: CourseQuestion) {
    startTransition(async () => {
      const result = await voteQuestion({ handle, questionId: question.id, vote: !question.voted, locale })
      if (result.error || !result.data) {
        setError(result.error)
        return
      }
      const updated = result.data.question
      setQuestions((list) => list.map((q) => (q.id === updated.id ? { ...q, upvotes: updated.upvotes, voted: updated.voted } : q)))
    })
  }

  return (
    <section className="qa" aria-labelledby="qa-title" data-testid="qa-panel" aria-busy={pending}>
      <div className="section__head">
        <h2 id="qa-title" className="section__title">
          {labels.title}
        </h2>
        <label className="sort">
          <span className="sort__label">{labels.sort}</span>
          <select
            className="switcher__select"
            value={sort}
            onChange={(event) => changeSort(event.target.value === "newest" ? "newest" : "votes")}
            data-testid="qa-sort"
          >
            <option value="votes">{labels.sortVotes}</option>
            <option value="newest">{labels.sortNewest}</option>
          </select>
        </label>
      </div>

      <form className="card stack qa__ask" onSubmit={ask} data-testid="qa-form">
        <h3 className="section__title section__title--small">{labels.ask}</h3>
        <div className="field">
          <label htmlFor="qa-title-input" className="field__label">
            {labels.questionTitle}
          </label>
          <input id="qa-title-input" name="title" className="field__input" required minLength={3} maxLength={150} data-testid="qa-title" />
        </div>
        <div className="field">
          <label htmlFor="qa-body-input" className="field__label">
            {labels.questionBody}
          </label>
          <textarea id="qa-body-input" name="body" className="field__input field__textarea" rows={3} required maxLength={5000} data-testid="qa-body" />
        </div>
        <p>
          <button type="submit" className="btn btn--primary" disabled={pending} data-testid="qa-submit">
            {pending ? labels.submitting : labels.submit}
          </button>
        </p>
      </form>

      {error ? (
        <p className="form-error" role="alert" data-testid="qa-error">
          {error}
        </p>
      ) : null}

      {questions.length === 0 ? (
        <p className="empty">{labels.empty}</p>
      ) : (
        <ol className="qa__list">
          {questions.map((question) => (
            <li key={question.id} className="qa-question card" data-testid="qa-question" data-question-id={question.id}>
              <div className="qa-question__head">
                <button
                  type="button"
                  className={`qa-vote${question.voted ? " is-active" : ""}`}
                  aria-pressed={Boolean(question.voted)}
                  aria-label={`${labels.upvote} (${labels.votes.replace("{count}", String(question.upvotes))})`}
                  onClick={() => vote(question)}
                  disabled={pending}
                  data-testid="qa-upvote"
                  data-voted={question.voted ? "true" : "false"}
                >
                  <span aria-hidden="true">▲</span>
                  <span data-testid="qa-votes">{question.upvotes}</span>
                </button>
                <div className="qa-question__main">
                  <h3 className="qa-question__title">{question.title}</h3>
                  <p className="muted small">
                    {question.author_name} · {formatDate(question.created_at, lang)}
                    {question.answered_by_teacher ? <span className="pill pill--published qa__answered">{labels.answeredByTeacher}</span> : null}
                  </p>
                  <p className="qa-text">{question.body}</p>
                </div>
              </div>
              <AnswerList answers={question.answers ?? []} locale={lang} teacherLabel={labels.teacher} />
              <form className="qa__answer-form" onSubmit={(event) => answer(question.id, event)}>
                <AnswerTextarea id={`qa-answer-${question.id}`} label={labels.answer} testId="qa-answer-body" />
                <button type="submit" className="btn btn--ghost btn--small" disabled={pending} data-testid="qa-answer-submit">
                  {labels.answerSubmit}
                </button>
              </form>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
