// The app's text fields, defined once: React Aria's TextField (a real <input>,
// or <textarea> for several lines, named by its <label> through for/id, with
// its state in data-* attributes) drawn by controls.css. The label sits above
// the field. Dates and times are not this: they are UkDateTimeFields, which
// read a clerk's shorthand ("5.30 pm", "30/4/22").
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { Input, Label, TextArea, TextField as AriaTextField } from 'react-aria-components';

interface TextFieldProps {
  /** The words above the field, which are its name. */
  label: ReactNode;
  /** A name other than the label's words (when those are long instructions). */
  'aria-label'?: string;
  value: string;
  onChange(value: string): void;
  /** Several lines: a <textarea> of this many rows. */
  rows?: number;
  maxLength?: number;
  isRequired?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
  onBlur?(): void;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void;
  /** The one-line field's <input> (to focus it or select its words). */
  inputRef?: Ref<HTMLInputElement>;
  /** The field's name, for a key handler above it that tells fields apart. */
  name?: string;
  /** Layout only (where the field sits). */
  className?: string;
}

export function TextField({ label, rows, placeholder, inputRef, onKeyDown, className, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} className={className ? `mb-text-field ${className}` : 'mb-text-field'}>
      <Label className="mb-text-field-label">{label}</Label>
      {rows === undefined ? (
        <Input ref={inputRef} placeholder={placeholder} onKeyDown={onKeyDown} className="mb-text-field-input" />
      ) : (
        <TextArea rows={rows} placeholder={placeholder} onKeyDown={onKeyDown} className="mb-text-field-input" />
      )}
    </AriaTextField>
  );
}
