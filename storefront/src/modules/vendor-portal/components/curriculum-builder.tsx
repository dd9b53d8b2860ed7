"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition, type FormEvent } from "react"
import {
  deleteLesson,
  deleteSection,
  reorderCurriculum,
  saveLesson,
  saveSection,
  type BuilderResult,
} from "../../../lib/data/vendor-courses"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatClock, moveItem } from "../../../lib/util/course"
import type { VendorCourse, VendorLesson } from "../../../types/courses"
import { Field } from "../../common/components/field"
import { ArrowDownIcon, ArrowUpIcon } from "../../common/icons"

type Labels = Dictionary["portal"]["courses"]
type Section = VendorCourse["sections"][number]

/** A destructive button with an inline "Delete? Yes / Cancel" step (no browser dialog). */
function ConfirmButton({ label, question, onConfirm, disabled, cancel }: { label: string; question: string; onConfirm: () => void; disabled: boolean; cancel: string }) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="btn btn--danger-ghost btn--small" onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </button>
    )
  }
  return (
    <span className="inline-confirm" role="group" aria-label={question}>
      <span className="small">{question}</span>
      <button type="button" className="btn btn--danger btn--small" onClick={onConfirm} disabled={disabled} data-testid="confirm-delete">
        {label}
      </button>
      <button type="button" className="btn btn--ghost btn--small" onClick={() => setAsking(false)}>
        {cancel}
      </button>
    </span>
  )
}

function MoveButtons({ title, first, last, onMove, disabled, labels }: { title: string; first: boolean; last: boolean; onMove: (delta: -1 | 1) => void; disabled: boolean; labels: Labels }) {
  return (
    <span className="move-buttons">
      <button type="button" className="icon-button" onClick={() => onMove(-1)} disabled={disabled || first} aria-label={labels.moveUp.replace("{title}", title)} data-testid="move-up">
        <ArrowUpIcon />
      </button>
      <button type="button" className="icon-button" onClick={() => onMove(1)} disabled={disabled || last} aria-label={labels.moveDown.replace("{title}", title)} data-testid="move-down">
        <ArrowDownIcon />
      </button>
    </span>
  )
}

/** Move up/down, edit (rename) and delete of one section or lesson. */
function RowTools({
  title,
  first,
  last,
  onMove,
  editLabel,
  editTestId,
  onEdit,
  deleteQuestion,
  onDelete,
  disabled,
  labels,
}: {
  title: string
  first: boolean
  last: boolean
  onMove: (delta: -1 | 1) => void
  editLabel: string
  editTestId: string
  onEdit: () => void
  deleteQuestion: string
  onDelete: () => void
  disabled: boolean
  labels: Labels
}) {
  return (
    <span className="builder-tools">
      <MoveButtons title={title} first={first} last={last} disabled={disabled} onMove={onMove} labels={labels} />
      <button type="button" className="btn btn--ghost btn--small" onClick={onEdit} data-testid={editTestId}>
        {editLabel}
      </button>
      <ConfirmButton label={labels.delete} question={deleteQuestion.replace("{title}", title)} cancel={labels.cancel} disabled={disabled} onConfirm={onDelete} />
    </span>
  )
}

/** Add or edit a lesson. */
function LessonForm({
  lesson,
  idPrefix,
  onSubmit,
  onCancel,
  disabled,
  labels,
}: {
  lesson: VendorLesson | null
  idPrefix: string
  onSubmit: (data: FormData) => void
  onCancel: () => void
  disabled: boolean
  labels: Labels
}) {
  const [kind, setKind] = useState(lesson?.kind ?? "video")
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <form
      className="lesson-form stack"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault()
        onSubmit(new FormData(event.currentTarget))
      }}
      data-testid="lesson-form"
    >
      <div className="form-grid">
        <Field id={id("title")} name="title" label={labels.lessonTitle} required maxLength={200} defaultValue={lesson?.title} testId="lesson-title-input" autoFocus />
        <div className="field">
          <label htmlFor={id("kind")} className="field__label">
            {labels.kind}
          </label>
          <select id={id("kind")} name="kind" className="field__input" value={kind} onChange={(event) => setKind(event.target.value === "text" ? "text" : "video")} data-testid="lesson-kind-select">
            <option value="video">{labels.kindVideo}</option>
            <option value="text">{labels.kindText}</option>
          </select>
        </div>
        <Field
          id={id("duration")}
          name="duration"
          label={labels.duration}
          inputMode="decimal"
          placeholder="12:30"
          defaultValue={formatClock(lesson?.duration_seconds)}
          testId="lesson-duration-input"
        />
        <label className="checkbox">
          <input type="checkbox" name="is_preview" defaultChecked={lesson?.is_preview ?? false} data-testid="lesson-preview-checkbox" />
          <span>{labels.preview}</span>
        </label>
        <div className="field form-grid__full">
          <label htmlFor={id("body")} className="field__label">
            {labels.body}
          </label>
          <textarea
            id={id("body")}
            name="body"
            className="field__input field__textarea"
            rows={kind === "text" ? 8 : 3}
            maxLength={100000}
            defaultValue={lesson?.body ?? ""}
            data-testid="lesson-body-input"
          />
        </div>
      </div>
      <p className="actions-row actions-row--start">
        <button type="submit" className="btn btn--primary btn--small" disabled={disabled} data-testid="lesson-save">
          {labels.saveLesson}
        </button>
        <button type="button" className="btn btn--ghost btn--small" onClick={onCancel}>
          {labels.cancel}
        </button>
      </p>
    </form>
  )
}

/** Upload of a video lesson's file, straight to the storefront's streaming route handler. */
function VideoUpload({ courseId, lesson, onDone, labels }: { courseId: string; lesson: VendorLesson; onDone: (error: string | null) => void; labels: Labels }) {
  const [busy, setBusy] = useState(false)
  const inputId = `video-${lesson.id}`
  async function upload(file: File | undefined) {
    if (!file) return
    setBusy(true)
    const body = new FormData()
    body.append("file", file, file.name)
    try {
      const response = await fetch(`/api/vendor/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lesson.id)}/video`, {
        method: "POST",
        body,
      })
      const json = (await response.json().catch(() => ({}))) as { message?: string }
      // Refusals of the file (400, 413, 415) carry the backend's reason; anything else gets the localized text.
      onDone(response.ok ? null : response.status >= 400 && response.status < 500 && response.status !== 401 && json.message ? json.message : labels.uploadFailed)
    } catch {
      onDone(labels.uploadFailed)
    } finally {
      setBusy(false)
    }
  }
  return (
    <span className="video-upload">
      <span className={`pill${lesson.has_video ? " pill--published" : ""}`} data-testid="lesson-video-state" data-has-video={lesson.has_video ? "true" : "false"}>
        {busy ? labels.uploading : lesson.has_video ? labels.videoReady : labels.videoMissing}
      </span>
      <label htmlFor={inputId} className="btn btn--ghost btn--small">
        {labels.video.replace("{title}", lesson.title)}
      </label>
      <input
        id={inputId}
        type="file"
        className="sr-only"
        accept="video/mp4,video/webm,video/quicktime"
        disabled={busy}
        onChange={(event) => {
          void upload(event.target.files?.[0])
          event.target.value = ""
        }}
        data-testid="lesson-video-input"
      />
    </span>
  )
}

/**
 * The course's curriculum editor: sections and lessons (add, rename/edit, delete, move up/down with
 * the whole new order sent to `POST /vendor/courses/:id/curriculum`) and video uploads.
 * Every change re-reads the course from the server (`router.refresh()`).
 */
export function CurriculumBuilder({ courseId, sections, locale, labels }: { courseId: string; sections: Section[]; locale: string; labels: Labels }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const [renaming, setRenaming] = useState<string | null>(null)
  const [editing, setEditing] = useState<string | null>(null)
  const [adding, setAdding] = useState<string | null>(null)

  function run(call: () => Promise<BuilderResult>, after?: () => void) {
    startTransition(async () => {
      const result = await call()
      setError(result.error)
      if (!result.error) {
        after?.()
        router.refresh()
      }
    })
  }

  const order = sections.map((section) => ({ id: section.id, lesson_ids: section.lessons.map((lesson) => lesson.id) }))
  const reorder = (next: typeof order) => run(() => reorderCurriculum({ courseId, sections: next, locale }))

  function lessonInput(data: FormData) {
    return {
      title: String(data.get("title") ?? ""),
      kind: data.get("kind") === "text" ? ("text" as const) : ("video" as const),
      duration: String(data.get("duration") ?? ""),
      isPreview: data.get("is_preview") === "on",
      body: String(data.get("body") ?? ""),
    }
  }

  return (
    <section className="card stack curriculum-builder" aria-labelledby="builder-title" data-testid="curriculum-builder" aria-busy={pending}>
      <h2 id="builder-title" className="section__title section__title--small">
        {labels.curriculum}
      </h2>
      {error ? (
        <p className="form-error" role="alert" data-testid="builder-error">
          {error}
        </p>
      ) : null}
      {sections.length === 0 ? <p className="muted">{labels.curriculumEmpty}</p> : null}
      <ol className="builder-sections">
        {sections.map((section, sectionIndex) => (
          <li key={section.id} className="builder-section" data-testid="builder-section" data-section-id={section.id}>
            <div className="builder-section__head">
              {renaming === section.id ? (
                <form
                  className="inline-form"
                  onSubmit={(event) => {
                    event.preventDefault()
                    const title = String(new FormData(event.currentTarget).get("title") ?? "")
                    run(() => saveSection({ courseId, sectionId: section.id, title, locale }), () => setRenaming(null))
                  }}
                >
                  <label htmlFor={`rename-${section.id}`} className="sr-only">
                    {labels.sectionTitle}
                  </label>
                  <input id={`rename-${section.id}`} name="title" className="field__input" required maxLength={200} defaultValue={section.title} data-testid="section-rename-input" autoFocus />
                  <button type="submit" className="btn btn--primary btn--small" disabled={pending} data-testid="section-save">
                    {labels.apply}
                  </button>
                  <button type="button" className="btn btn--ghost btn--small" onClick={() => setRenaming(null)}>
                    {labels.cancel}
                  </button>
                </form>
              ) : (
                <h3 className="builder-section__title" data-testid="builder-section-title">
                  {section.title}
                </h3>
              )}
              <RowTools
                title={section.title}
                first={sectionIndex === 0}
                last={sectionIndex === sections.length - 1}
                onMove={(delta) => reorder(moveItem(order, sectionIndex, delta))}
                editLabel={labels.rename}
                editTestId="section-rename"
                onEdit={() => setRenaming(section.id)}
                deleteQuestion={labels.deleteSectionConfirm}
                onDelete={() => run(() => deleteSection({ courseId, sectionId: section.id, locale }))}
                disabled={pending}
                labels={labels}
              />
            </div>
            <ol className="builder-lessons">
              {section.lessons.map((lesson, lessonIndex) => (
                <li key={lesson.id} className="builder-lesson" data-testid="builder-lesson" data-lesson-id={lesson.id} data-kind={lesson.kind} data-preview={lesson.is_preview ? "true" : "false"}>
                  <div className="builder-lesson__row">
                    <span className="builder-lesson__title">
                      <strong>{lesson.title}</strong>
                      <span className="muted small">
                        {" "}
                        · {lesson.kind === "text" ? labels.kindText : labels.kindVideo}
                        {formatClock(lesson.duration_seconds) ? ` · ${formatClock(lesson.duration_seconds)}` : ""}
                      </span>
                      {lesson.is_preview ? <span className="pill">{labels.preview}</span> : null}
                    </span>
                    <RowTools
                      title={lesson.title}
                      first={lessonIndex === 0}
                      last={lessonIndex === section.lessons.length - 1}
                      onMove={(delta) =>
                        reorder(order.map((entry, index) => (index === sectionIndex ? { ...entry, lesson_ids: moveItem(entry.lesson_ids, lessonIndex, delta) } : entry)))
                      }
                      editLabel={labels.editLesson}
                      editTestId="lesson-edit"
                      onEdit={() => setEditing(editing === lesson.id ? null : lesson.id)}
                      deleteQuestion={labels.deleteLessonConfirm}
                      onDelete={() => run(() => deleteLesson({ courseId, lessonId: lesson.id, locale }))}
                      disabled={pending}
                      labels={labels}
                    />
                  </div>
                  {lesson.kind === "video" ? (
                    <VideoUpload
                      courseId={courseId}
                      lesson={lesson}
                      labels={labels}
                      onDone={(failure) => {
                        setError(failure)
                        if (!failure) router.refresh()
                      }}
                    />
                  ) : null}
                  {editing === lesson.id ? (
                    <LessonForm
                      lesson={lesson}
                      idPrefix={`edit-${lesson.id}`}
                      disabled={pending}
                      labels={labels}
                      onCancel={() => setEditing(null)}
                      onSubmit={(data) =>
                        run(() => saveLesson({ courseId, lessonId: lesson.id, sectionId: section.id, locale, ...lessonInput(data) }), () => setEditing(null))
                      }
                    />
                  ) : null}
                </li>
              ))}
            </ol>
            {adding === section.id ? (
              <LessonForm
                lesson={null}
                idPrefix={`new-${section.id}`}
                disabled={pending}
                labels={labels}
                onCancel={() => setAdding(null)}
                onSubmit={(data) => run(() => saveLesson({ courseId, sectionId: section.id, locale, ...lessonInput(data) }), () => setAdding(null))}
              />
            ) : (
              <button type="button" className="btn btn--ghost btn--small" onClick={() => setAdding(section.id)} data-testid="add-lesson">
                + {labels.addLesson}
              </button>
            )}
          </li>
        ))}
      </ol>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          const form = event.currentTarget
          const title = String(new FormData(form).get("title") ?? "")
          run(() => saveSection({ courseId, title, locale }), () => form.reset())
        }}
      >
        <label htmlFor="new-section-title" className="sr-only">
          {labels.newSection}
        </label>
        <input id="new-section-title" name="title" className="field__input" required maxLength={200} placeholder={labels.newSection} data-testid="section-title-input" />
        <button type="submit" className="btn btn--primary btn--small" disabled={pending} data-testid="add-section">
          + {labels.addSection}
        </button>
      </form>
    </section>
  )
}
