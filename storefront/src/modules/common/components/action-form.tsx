"use client"

import { useActionState, type ReactNode } from "react"
import type { ActionState } from "../../../types/vitrina"
import { FormError } from "./form-error"

type ServerFormAction = (state: ActionState, formData: FormData) => Promise<ActionState>

/**
 * A `<form>` bound to a server action through `useActionState`: works before hydration
 * (progressive enhancement) and shows the action's error message under the fields.
 */
export function ActionForm({
  action,
  children,
  className,
  testId,
  errorTestId,
}: {
  action: ServerFormAction
  children: ReactNode
  className?: string
  testId?: string
  errorTestId?: string
}) {
  const [state, formAction] = useActionState(action, { error: null })
  return (
    <form action={formAction} className={className} data-testid={testId} noValidate={false}>
      {children}
      <FormError message={state.error} testId={errorTestId} />
    </form>
  )
}
