// Date and time fields that read and show UK forms ("23/03/2022", "17:30")
// whatever the operating system's locale: the native date and time inputs
// follow it (03/23/2022, "--:-- --" on a US machine). The text is read by the
// one core parser and stored as the model stores it (ISO date, hh:mm).
import { useId, useState, type KeyboardEvent } from 'react';
import { parseClerkDate, parseClerkTime } from '../../core/text/parse-clerk-input';
import { formatUkDateEntry, formatUkTimeEntry } from '../../core/text/uk-format';
import './uk-date-time-fields.css';

interface UkFieldProps {
  /** The visible label; when absent, `ariaLabel` names the field (a compact row). */
  label?: string;
  ariaLabel?: string;
  id?: string;
  /** As the model stores it: "2022-03-23" / "17:30", or "" when empty. */
  value: string;
  /** Called with the stored form as the clerk types, or "" while the field is empty or cannot be read. */
  onChange(value: string): void;
  required?: boolean;
  className?: string;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
}

interface Reading {
  hint: string;
  parse(text: string): string | null;
  format(value: string): string;
  unreadable: string;
  inputMode: 'numeric' | 'text';
}

const DATE: Reading = {
  hint: 'dd/mm/yyyy',
  parse: parseClerkDate,
  format: formatUkDateEntry,
  unreadable: 'This is not a date Minute Book can read. Enter the day, month and year, for example 23/03/2022.',
  inputMode: 'numeric',
};

const TIME: Reading = {
  hint: 'hh:mm',
  parse: parseClerkTime,
  format: formatUkTimeEntry,
  unreadable: 'This is not a time Minute Book can read. Enter hours and minutes, for example 17:30 or 5.30 pm.',
  // Text, not numeric: "5.30 pm" needs letters.
  inputMode: 'text',
};

function UkField({ reading, label, ariaLabel, id, value, onChange, required, className, onKeyDown }: UkFieldProps & { reading: Reading }) {
  const generated = useId();
  const inputId = id ?? `${generated}-input`;
  const hintId = `${generated}-hint`;
  const problemId = `${generated}-problem`;
  const [text, setText] = useState(() => reading.format(value));
  const [shownValue, setShownValue] = useState(value);
  const [left, setLeft] = useState(false);
  // A value set from outside (a "Now" button, another window) replaces the text, unless the text already says it.
  if (value !== shownValue) {
    setShownValue(value);
    if ((reading.parse(text) ?? '') !== value) setText(reading.format(value));
  }
  const unreadable = text.trim() !== '' && reading.parse(text) === null;
  const showProblem = unreadable && left;

  return (
    <span className={['mb-uk-field', className].filter(Boolean).join(' ')}>
      {label ? <label htmlFor={inputId}>{label}</label> : null}
      <input
        id={inputId}
        aria-label={label ? undefined : ariaLabel}
        aria-describedby={showProblem ? `${hintId} ${problemId}` : hintId}
        aria-invalid={showProblem || undefined}
        inputMode={reading.inputMode}
        autoComplete="off"
        spellCheck={false}
        size={label ? 10 : 6}
        placeholder={label ? undefined : reading.hint}
        required={required}
        value={text}
        // The form will not submit while the text cannot be read, so no stale value is saved under it.
        ref={(input) => input?.setCustomValidity(unreadable ? reading.unreadable : '')}
        onChange={(event) => {
          setText(event.target.value);
          setLeft(false);
          onChange(reading.parse(event.target.value) ?? '');
        }}
        onBlur={() => {
          setLeft(true);
          const read = reading.parse(text);
          if (read !== null) setText(reading.format(read));
        }}
        onKeyDown={onKeyDown}
      />
      {/* In a compact row (no visible label) the hint is the placeholder and still read out as the description. */}
      <span id={hintId} className={label ? 'mb-uk-field-hint' : 'mb-uk-field-hint mb-uk-field-hint-unseen'}>
        {reading.hint}
      </span>
      {showProblem ? (
        <span id={problemId} role="alert" className="mb-uk-field-problem">
          {reading.unreadable}
        </span>
      ) : null}
    </span>
  );
}

/** A date entered and shown as "23/03/2022"; accepts "23/3/22" and "23 March 2022". */
export function UkDateField(props: UkFieldProps) {
  return <UkField reading={DATE} {...props} />;
}

/** A time entered and shown as "17:30"; accepts "5.30 pm" and "1730". */
export function UkTimeField(props: UkFieldProps) {
  return <UkField reading={TIME} {...props} />;
}
