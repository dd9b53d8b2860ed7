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
  inputMode?: "text" | "email" | "tel" | "numeric"
}

/** A labelled text input. */
export function Field({ name, label, type = "text", defaultValue, required, autoComplete, hint, minLength, inputMode }: FieldProps) {
  const id = `field-${name}`
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
