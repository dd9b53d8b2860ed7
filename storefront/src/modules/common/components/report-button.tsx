"use client"

import { useActionState, useId, useState } from "react"
import { submitReport, type ReportState, type ReportTargetType } from "../../../lib/data/reports"
import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { SubmitButton } from "./submit-button"

type Labels = Dictionary["report"]
const REASONS = ["spam", "fraud", "prohibited", "offensive", "counterfeit", "other"] as const

/**
 * "Report" on a listing, a course, a vendor page or a review: a small form (reason, optional
 * details) for a signed-in customer; a signed-out visitor gets a link to sign in and come back.
 * The outcome (sent, already reported, error) is shown in place.
 */
export function ReportButton({
  targetType,
  targetId,
  what,
  signedIn,
  signInHref,
  locale,
  labels,
}: {
  targetType: ReportTargetType
  targetId: string
  /** what is reported, for the form's title: "listing", "course", "vendor" or "review" */
  what: "listing" | "course" | "vendor" | "review"
  signedIn: boolean
  signInHref: string
  locale: Locale
  labels: Labels
}) {
  const [open, setOpen] = useState(false)
  const [state, action] = useActionState<ReportState, FormData>(submitReport, { status: "idle", message: null })
  const id = useId()
  const done = state.status === "sent" || state.status === "duplicate"

  if (!signedIn || state.status === "signin") {
    return (
      <div className="report" data-testid="report" data-target={targetType}>
        <a className="report__link" href={signInHref} data-testid="report-signin">
          {labels.signIn}
        </a>
      </div>
    )
  }
  return (
    <div className="report" data-testid="report" data-target={targetType}>
      {done ? (
        <p className="report__status" role="status" data-testid="report-status" data-status={state.status}>
          {state.message}
        </p>
      ) : open ? (
        <form action={action} className="report__form card" data-testid="report-form" aria-labelledby={`${id}-title`}>
          <p id={`${id}-title`} className="report__title">
            {labels.title.replace("{what}", labels[what])}
          </p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="target_type" value={targetType} />
          <input type="hidden" name="target_id" value={targetId} />
          <label className="field">
            <span className="field__label">{labels.reason}</span>
            <select name="reason" required defaultValue="" data-testid="report-reason">
              <option value="" disabled>
                —
              </option>
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {labels.reasons[r]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{labels.details}</span>
            <textarea name="details" maxLength={2000} rows={3} data-testid="report-details" />
          </label>
          {state.status === "error" ? (
            <p className="form-error" role="alert" data-testid="report-status" data-status="error">
              {state.message}
            </p>
          ) : null}
          <div className="report__actions">
            <SubmitButton pendingLabel={labels.sending} testId="report-submit">
              {labels.submit}
            </SubmitButton>
            <button type="button" className="btn btn--ghost" onClick={() => setOpen(false)}>
              {labels.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="report__open" onClick={() => setOpen(true)} data-testid="report-open" aria-expanded={false}>
          {labels.open}
        </button>
      )}
    </div>
  )
}
