"use client"

import { useActionState, useEffect, useRef, type ReactNode } from "react"
import type { ActionState } from "../../../types/vitrina"
import { FormError } from "./form-error"

type ServerFormAction = (state: ActionState, formData: FormData) => Promise<ActionState>

/**
 * A `<form>` bound to a server action through `useActionState`: works before hydration
 * (progressive enhancement) and shows the action's error message under the fields.
 * React resets uncontrolled fields after every action; when the action fails, the values the
 * visitor typed (except passwords) are put back so they only have to fix the mistake.
 */
export function ActionForm({
  action,
  children,
  className,
  testId,
  errorTestId,
  successMessage,
  successTestId,
}: {
  action: ServerFormAction
  children: ReactNode
  className?: string
  testId?: string
  errorTestId?: string
  /** Shown after the action returned `{ success: true }` (actions that do not redirect). */
  successMessage?: string
  successTestId?: string
}) {
  const [state, formAction] = useActionState(action, { error: null })
  const formRef = useRef<HTMLFormElement>(null)
  const submitted = useRef<[string, string][]>([])

  useEffect(() => {
    const form = formRef.current
    if (!state.error || !form) {
      return
    }
    for (const [name, value] of submitted.current) {
      const field = form.elements.namedItem(name)
      if (
        (field instanceof HTMLInputElement && field.type !== "password" && field.type !== "hidden" && field.type !== "radio") ||
        field instanceof HTMLSelectElement ||
        field instanceof HTMLTextAreaElement
      ) {
        field.value = value
      }
    }
  }, [state])

  return (
    <form
      ref={formRef}
      action={formAction}
      className={className}
      data-testid={testId}
      onSubmit={(event) => {
        submitted.current = Array.from(new FormData(event.currentTarget).entries()).filter(
          (entry): entry is [string, string] => typeof entry[1] === "string"
        )
      }}
    >
      {children}
      <FormError message={state.error} testId={errorTestId} />
      {successMessage && state.success && !state.error ? (
        <p className="form-success" role="status" data-testid={successTestId}>
          {successMessage}
        </p>
      ) : null}
    </form>
  )
}
