/** One filter of a GET form: a labelled select whose empty choice means "all". */
export function FilterSelect({
  anyLabel,
  choices,
  id,
  label,
  name,
  value,
}: {
  anyLabel: string
  choices: ReadonlyArray<{ value: string; label: string }>
  id: string
  label: string
  name: string
  value?: string
}) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select className="utrecht-select utrecht-select--html-select" defaultValue={value ?? ''} id={id} name={name}>
        <option value="">{anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}
