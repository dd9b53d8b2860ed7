import { percentInt } from "../../../lib/util/course"

/** Completion bar; `data-percent` carries the integer percentage for tests and styles. */
export function ProgressBar({ percent, label, caption, testId = "learn-progress" }: { percent: number; label: string; caption?: string; testId?: string }) {
  const value = percentInt(percent)
  return (
    <div className="progress-block">
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        data-testid={testId}
        data-percent={value}
      >
        <span className="progress__bar" style={{ width: `${value}%` }} />
      </div>
      {caption ? <p className="progress-block__caption small muted">{caption}</p> : null}
    </div>
  )
}
