/** A labelled `<select>` of value/label options. */
export function SelectField({
  name,
  label,
  options,
  defaultValue,
}: {
  name: string
  label: string
  options: { value: string; label: string }[]
  defaultValue?: string | null
}) {
  const id = `field-${name}`
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} name={name} className="field__input" defaultValue={defaultValue ?? undefined}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
