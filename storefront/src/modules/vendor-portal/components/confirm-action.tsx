import type { ActionState } from "../../../types/vitrina"
import { ActionForm } from "../../common/components/action-form"
import { SubmitButton } from "../../common/components/submit-button"

/**
 * A destructive action behind a confirmation step that works without JavaScript: the first
 * button opens the question, the second one submits.
 */
export function ConfirmAction({
  action,
  label,
  question,
  confirmLabel,
  pendingLabel,
  hidden,
  testId,
  successMessage,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  label: string
  question: string
  confirmLabel: string
  pendingLabel: string
  hidden: Record<string, string>
  testId: string
  successMessage?: string
}) {
  return (
    <details className="confirm" data-testid={testId}>
      <summary className="btn btn--danger-ghost">{label}</summary>
      <ActionForm action={action} className="confirm__body stack" successMessage={successMessage}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p>{question}</p>
        <SubmitButton className="btn btn--danger" pendingLabel={pendingLabel} testId={`${testId}-confirm`}>
          {confirmLabel}
        </SubmitButton>
      </ActionForm>
    </details>
  )
}
