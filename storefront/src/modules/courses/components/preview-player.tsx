"use client"

import { useRef, useState } from "react"
import { loadLesson } from "../../../lib/data/courses"
import type { CourseLesson } from "../../../types/courses"
import { PlayIcon } from "../../common/icons"
import { LessonBody } from "./lesson-meta"

export type PreviewLabels = {
  preview: string
  play: string
  close: string
  loading: string
  unsupported: string
}

/**
 * "Preview" button of a free lesson on the landing page: opens a modal dialog that loads the lesson
 * (`GET /store/courses/:handle/lessons/:id`) and plays its video or shows its text.
 */
export function PreviewPlayer({
  handle,
  lessonId,
  title,
  locale,
  labels,
}: {
  handle: string
  lessonId: string
  title: string
  locale: string
  labels: PreviewLabels
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [lesson, setLesson] = useState<CourseLesson | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)

  async function open() {
    dialog.current?.showModal()
    if (lesson || loading) return
    setLoading(true)
    setError(null)
    const result = await loadLesson(handle, lessonId, locale)
    setLesson(result.lesson)
    setError(result.error)
    setLoading(false)
  }

  function close() {
    dialog.current?.querySelector("video")?.pause()
    dialog.current?.close()
  }

  const dialogTitle = labels.play.replace("{title}", title)
  return (
    <>
      <button type="button" className="btn btn--ghost btn--small preview-button" data-testid="preview-play" onClick={open}>
        <PlayIcon size={14} />
        <span>{labels.preview}</span>
        <span className="sr-only">: {title}</span>
      </button>
      <dialog
        ref={dialog}
        className="modal"
        aria-label={dialogTitle}
        data-testid="preview-dialog"
        onClose={() => dialog.current?.querySelector("video")?.pause()}
        onClick={(event) => {
          if (event.target === dialog.current) close()
        }}
      >
        <div className="modal__head">
          <h2 className="modal__title">{dialogTitle}</h2>
          <button type="button" className="btn btn--ghost btn--small" onClick={close} data-testid="preview-close">
            {labels.close}
          </button>
        </div>
        <div className="modal__body">
          {loading ? <p role="status">{labels.loading}</p> : null}
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          {lesson?.video_url ? (
            <video className="player__video" src={lesson.video_url} controls autoPlay playsInline preload="metadata" data-testid="preview-video">
              {labels.unsupported}
            </video>
          ) : null}
          {lesson?.body ? <LessonBody body={lesson.body} testId="preview-body" /> : null}
        </div>
      </dialog>
    </>
  )
}
