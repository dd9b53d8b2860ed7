"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

type SubmitButtonProps = {
  children: ReactNode
  pendingLabel?: string
  className?: string
  disabled?: boolean
  testId?: string
  name?: string
  value?: string
  ariaLabel?: string
}

/** A submit button that shows a pending state while its form's server action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  className = "btn btn--primary",
  disabled,
  testId,
  name,
  value,
  ariaLabel,
}: SubmitButtonProps) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      className={className}
      disabled={disabled || pending}
      aria-disabled={disabled || pending}
      aria-busy={pending}
      aria-label={ariaLabel}
      data-testid={testId}
      name={name}
      value={value}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  )
}
