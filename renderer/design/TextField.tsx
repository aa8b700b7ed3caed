// The app's text fields, defined once: React Aria's TextField (a real <input>,
// or <textarea> for several lines, named by its <label> through for/id, a hint
// under it tied on by aria-describedby, its state in data-* attributes) drawn
// by controls.css, label above field. Dates and times are not this: they are
// UkDateTimeFields, which read a clerk's shorthand ("5.30 pm", "30/4/22").
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { Input, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';

interface TextFieldProps {
  /** The words above the field, which are its name; left out, aria-label names it (a field in a table row). */
  label?: ReactNode;
  /** A name other than the label's words (when those are long instructions), or the name of a field with no label. */
  'aria-label'?: string;
  /** A short hint under the field ("Ctrl+Enter adds it."), read with its name. */
  hint?: string;
  value: string;
  onChange(value: string): void;
  /** Several lines: a <textarea> of this many rows. */
  rows?: number;
  maxLength?: number;
  isRequired?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
  /** The field's id (on the <input>), and its name for a key handler above it that tells fields apart. */
  id?: string;
  name?: string;
  /** The field a panel's shortcut puts the keyboard in (renderer/workspace finds it by this mark). */
  shortcutFocus?: boolean;
  onBlur?(): void;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void;
  /** The one-line field's <input> (to focus it or select its words). */
  inputRef?: Ref<HTMLInputElement>;
  /** Layout only (where the field sits). */
  className?: string;
}

export function TextField({ label, hint, rows, placeholder, inputRef, onKeyDown, shortcutFocus, className, ...props }: TextFieldProps) {
  // Passed to the element itself: React Aria's own onKeyDown would stop every key from reaching the panel or bar above.
  const fieldProps = { placeholder, onKeyDown, 'data-shortcut-focus': shortcutFocus || undefined, className: 'mb-text-field-input' };
  return (
    <AriaTextField {...props} className={className ? `mb-text-field ${className}` : 'mb-text-field'}>
      {label === undefined ? null : <Label className="mb-text-field-label">{label}</Label>}
      {rows === undefined ? <Input ref={inputRef} {...fieldProps} /> : <TextArea rows={rows} {...fieldProps} />}
      {hint ? (
        <Text slot="description" elementType="small" className="mb-text-field-hint">
          {hint}
        </Text>
      ) : null}
    </AriaTextField>
  );
}
