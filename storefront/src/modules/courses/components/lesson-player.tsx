"use client"

import { useRouter } from "next/navigation"
import { useCallback, useEffect, useRef, useState } from "react"
import { saveLessonProgress } from "../../../lib/data/courses"
import type { CourseLesson } from "../../../types/courses"
import { CheckIcon } from "../../common/icons"
import { CertificateLinks } from "./certificate-links"
import { LessonBody } from "./lesson-meta"

/** Seconds of playback between two progress reports. */
const REPORT_EVERY = 10

export type LessonPlayerLabels = {
  markComplete: string
  marking: string
  markedComplete: string
  certificateEarned: string
  certificateEarnedText: string
  download: string
  publicLink: string
  progressError: string
  noVideo: string
  videoLabel: string
  unsupported: string
}

/**
 * The lesson itself: the video (resuming where the student stopped, reporting progress every ~10 s
 * of playback, on pause and at the end) or the text, and "Mark as complete".
 */
export function LessonPlayer({
  handle,
  enrollmentId,
  lesson,
  startAt,
  completed: initiallyCompleted,
  locale,
  certificateBase,
  labels,
}: {
  handle: string
  enrollmentId: string
  lesson: CourseLesson
  startAt: number
  completed: boolean
  locale: string
  /** Localized path prefix of the public certificate page, e.g. `/en/certificates`. */
  certificateBase: string
  labels: LessonPlayerLabels
}) {
  const router = useRouter()
  const video = useRef<HTMLVideoElement>(null)
  const maxReached = useRef(startAt)
  const lastTime = useRef(startAt)
  const sinceReport = useRef(0)
  const [completed, setCompleted] = useState(initiallyCompleted)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [certificate, setCertificate] = useState<string | null>(null)

  const report = useCallback(
    async (extra: { completed?: boolean } = {}) => {
      const element = video.current
      const position = element ? element.currentTime : undefined
      const { result, error: failure } = await saveLessonProgress({
        handle,
        enrollmentId,
        lessonId: lesson.id,
        locale,
        ...(element ? { secondsWatched: maxReached.current, positionSeconds: position } : {}),
        ...extra,
      })
      if (failure) {
        setError(labels.progressError.replace("{message}", failure))
        return false
      }
      setError(null)
      const nowCompleted = Boolean(result?.progress?.completed_at) || Boolean(extra.completed)
      if (result?.certificate?.code) {
        setCertificate(result.certificate.code)
      }
      if (nowCompleted && !completed) {
        setCompleted(true)
        router.refresh()
      }
      return true
    },
    [handle, enrollmentId, lesson.id, locale, labels.progressError, completed, router]
  )

  // Opening a lesson makes it the one the student resumes from.
  useEffect(() => {
    void saveLessonProgress({ handle, enrollmentId, lessonId: lesson.id, locale })
  }, [handle, enrollmentId, lesson.id, locale])

  const resumed = useRef(false)
  const resume = useCallback(() => {
    const element = video.current
    if (!element || resumed.current) return
    resumed.current = true
    if (startAt > 0 && (!Number.isFinite(element.duration) || startAt < element.duration - 2)) {
      element.currentTime = startAt
      lastTime.current = startAt
    }
  }, [startAt])

  // The server-rendered <video> may have loaded its metadata before React attached the handler.
  useEffect(() => {
    if ((video.current?.readyState ?? 0) >= 1) resume()
  }, [resume])

  function onTimeUpdate() {
    const element = video.current
    if (!element) return
    const now = element.currentTime
    const step = now - lastTime.current
    lastTime.current = now
    // Only continuous playback counts as watched (not seeking).
    if (step > 0 && step < 2) {
      sinceReport.current += step
      maxReached.current = Math.max(maxReached.current, now)
    }
    if (sinceReport.current >= REPORT_EVERY) {
      sinceReport.current = 0
      void report()
    }
  }

  async function markComplete() {
    setBusy(true)
    await report({ completed: true })
    setBusy(false)
  }

  const isVideo = lesson.kind === "video"
  return (
    <div className="player">
      {isVideo ? (
        lesson.video_url ? (
          <video
            ref={video}
            className="player__video"
            src={lesson.video_url}
            controls
            playsInline
            preload="metadata"
            aria-label={labels.videoLabel.replace("{title}", lesson.title)}
            data-testid="lesson-video"
            onLoadedMetadata={resume}
            onTimeUpdate={onTimeUpdate}
            onSeeked={() => {
              lastTime.current = video.current?.currentTime ?? lastTime.current
            }}
            onPause={() => {
              if (!video.current?.ended) void report()
            }}
            onEnded={() => void report({ completed: true })}
          >
            {labels.unsupported}
          </video>
        ) : (
          <p className="notice">{labels.noVideo}</p>
        )
      ) : null}
      {lesson.body ? <LessonBody body={lesson.body} /> : null}

      <div className="player__actions">
        <button
          type="button"
          className={completed ? "btn btn--ghost" : "btn btn--primary"}
          onClick={markComplete}
          disabled={busy}
          aria-busy={busy}
          aria-pressed={completed}
          data-testid="mark-complete"
          data-completed={completed ? "true" : "false"}
        >
          {completed ? <CheckIcon size={16} /> : null}
          {busy ? labels.marking : completed ? labels.markedComplete : labels.markComplete}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert" data-testid="progress-error">
          {error}
        </p>
      ) : null}
      {certificate ? (
        <section className="status-banner status-banner--active certificate-banner" data-testid="certificate-ready" role="status">
          <p className="status-banner__title">{labels.certificateEarned}</p>
          <p className="status-banner__text">{labels.certificateEarnedText}</p>
          <CertificateLinks code={certificate} publicHref={`${certificateBase}/${encodeURIComponent(certificate)}`} labels={labels} />
        </section>
      ) : null}
    </div>
  )
}
