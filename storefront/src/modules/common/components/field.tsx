import type { HTMLInputTypeAttribute } from "react"

type FieldProps = {
  name: string
  label: string
  type?: HTMLInputTypeAttribute
  defaultValue?: string | null
  required?: boolean
  autoComplete?: string
  hint?: string
  minLength?: number
  inputMode?: "text" | "email" | "tel" | "numeric" | "decimal"
  /** Element id when the same field name appears more than once on a page (default `field-<name>`). */
  id?: string
  testId?: string
  placeholder?: string
  maxLength?: number
  autoFocus?: boolean
}

/** A labelled text input. */
export function Field({
  name,
  label,
  type = "text",
  defaultValue,
  required,
  autoComplete,
  hint,
  minLength,
  inputMode,
  id: givenId,
  testId,
  placeholder,
  maxLength,
  autoFocus,
}: FieldProps) {
  const id = givenId ?? `field-${name}`
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        className="field__input"
        defaultValue={defaultValue ?? undefined}
        required={required}
        autoComplete={autoComplete}
        minLength={minLength}
        inputMode={inputMode}
        placeholder={placeholder}
        maxLength={maxLength}
        autoFocus={autoFocus}
        data-testid={testId}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
