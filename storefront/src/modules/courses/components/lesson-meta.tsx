import { formatClock, paragraphs } from "../../../lib/util/course"
import type { LessonKind } from "../../../types/courses"
import { DocumentIcon, PlayIcon } from "../../common/icons"

/** Kind icon with its label, and the lesson's duration as a clock ("12:30"). */
export function LessonMeta({ kind, seconds, labels }: { kind: LessonKind; seconds: number | null; labels: { video: string; text: string } }) {
  const clock = formatClock(seconds)
  return (
    <span className="lesson-meta">
      <span className="lesson-meta__kind" data-kind={kind}>
        {kind === "text" ? <DocumentIcon size={16} /> : <PlayIcon size={16} />}
        <span className="sr-only">{kind === "text" ? labels.text : labels.video}</span>
      </span>
      {clock ? <span className="lesson-meta__time">{clock}</span> : null}
    </span>
  )
}

/** A plain-text lesson body as paragraphs (text only, never HTML). */
export function LessonBody({ body, testId = "lesson-body" }: { body: string | null | undefined; testId?: string }) {
  const parts = paragraphs(body)
  return (
    <div className="prose lesson-body" data-testid={testId}>
      {parts.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  )
}
