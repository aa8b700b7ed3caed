// One field of the house style editor, drawn from its row in the field table
// (house-style-fields.ts): its label, its one-line hint, the control, and the
// schema's sentence beside it when what is there is not right.
import { useId } from 'react';
import { Select } from '../design/Select';
import { valueAt, type StyleField } from './house-style-fields';

interface StyleFieldControlProps {
  field: StyleField;
  draft: unknown;
  problem: string | undefined;
  readOnly: boolean;
  onChange(path: string, value: unknown): void;
}

export function StyleFieldControl({ field, draft, problem, readOnly, onChange }: StyleFieldControlProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const value = valueAt(draft, field.path);
  const described = problem ? `${hintId} ${problemId}` : hintId;
  const control = field.control;
  const set = (next: unknown) => onChange(field.path, next);

  const hint = (
    <span id={hintId} className="mb-style-hint">
      {field.hint}
    </span>
  );
  const problemLine = problem ? (
    <span id={problemId} className="mb-style-problem">
      {problem}
    </span>
  ) : null;

  if (control.kind === 'yes-no' || control.kind === 'present') {
    const checked = control.kind === 'yes-no' ? value === true : value !== null && value !== undefined;
    return (
      <div className="mb-style-field mb-style-check" data-field={field.path}>
        <label>
          <input
            type="checkbox"
            checked={checked}
            disabled={readOnly}
            aria-describedby={described}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => set(control.kind === 'yes-no' ? event.target.checked : event.target.checked ? structuredClone(control.whenOn) : null)}
          />
          {field.label}
        </label>
        {hint}
        {problemLine}
      </div>
    );
  }

  if (control.kind === 'some-of') {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    return (
      <fieldset className="mb-style-field mb-style-some" data-field={field.path} aria-describedby={described}>
        <legend>{field.label}</legend>
        {hint}
        {control.options.map(([option, label]) => (
          <label key={option}>
            <input
              type="checkbox"
              checked={chosen.includes(option)}
              disabled={readOnly}
              onChange={(event) => set(event.target.checked ? [...chosen, option] : chosen.filter((entry) => entry !== option))}
            />
            {label}
          </label>
        ))}
        {problemLine}
      </fieldset>
    );
  }

  if (control.kind === 'choice') {
    // The design system's drop-down: its label and hint are its own, read with it; the schema's sentence is added.
    return (
      <div className="mb-style-field" data-field={field.path}>
        <Select
          label={field.label}
          hint={field.hint}
          options={control.options.map(([option, label]) => ({ value: option, label }))}
          value={typeof value === 'string' ? value : ''}
          onChange={set}
          isDisabled={readOnly}
          isInvalid={problem !== undefined}
          aria-describedby={problem ? problemId : undefined}
        />
        {problemLine}
      </div>
    );
  }

  const common = {
    id,
    disabled: readOnly,
    'aria-describedby': described,
    'aria-invalid': problem ? true : undefined,
  } as const;

  let input;
  if (control.kind === 'number') {
    // A box that is emptied or not a number is kept as text, so the schema's sentence says what is wrong.
    input = (
      <input
        {...common}
        type="number"
        min={control.min}
        max={control.max}
        value={typeof value === 'number' ? value : String(value ?? '')}
        onChange={(event) => set(event.target.value === '' || Number.isNaN(event.target.valueAsNumber) ? event.target.value : event.target.valueAsNumber)}
      />
    );
  } else {
    const text = typeof value === 'string' ? value : '';
    // Where nothing means "none" (null), an emptied box stores null, and null shows as an empty box.
    const toValue = (next: string) => (control.kind === 'text-or-none' && next.trim() === '' ? null : next);
    // A little over the limit is let in, so the schema's sentence can say by how much rather than the typing stopping.
    const maxLength = control.max + 20;
    input = control.long ? (
      <textarea {...common} rows={2} maxLength={maxLength} value={text} onChange={(event) => set(toValue(event.target.value))} />
    ) : (
      <input {...common} maxLength={maxLength} value={text} onChange={(event) => set(toValue(event.target.value))} />
    );
  }
  return (
    <div className="mb-style-field" data-field={field.path}>
      <label htmlFor={id}>{field.label}</label>
      {input}
      {hint}
      {problemLine}
    </div>
  );
}
