// The app's whole-number fields (a committee's quorum, its last minute
// number), defined once: React Aria's NumberField (a text box that takes only
// digits, read as a number field, the up and down arrows stepping by one and
// Page Up/Page Down by more, kept within its bounds) drawn by controls.css.
// Always UK English, whatever the operating system's locale, and never grouped:
// minute 1234 is "1234", not "1,234". A number past a bound is brought back to
// it when the clerk leaves the field, and the hint under it says the bounds in
// words, so the change is no surprise.
import { I18nProvider, Input, Label, NumberField as AriaNumberField, Text } from 'react-aria-components';

interface NumberFieldProps {
  /** The words above the field, which are its name. */
  label: string;
  value: number;
  /**
   * Called with each whole number within the bounds as it is typed, and when the clerk leaves the field or presses
   * Enter, with what was typed brought within the bounds (a blank is the least).
   */
  onChange(value: number): void;
  minValue: number;
  maxValue: number;
  /** Layout only (where the field sits). */
  className?: string;
}

const wholeNumber = { maximumFractionDigits: 0, useGrouping: false } as const;

export function NumberField({ label, value, onChange, minValue, maxValue, className }: NumberFieldProps) {
  const typed = (text: string) => {
    const number = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    if (Number.isInteger(number) && number >= minValue && number <= maxValue && number !== value) onChange(number);
  };
  return (
    <I18nProvider locale="en-GB">
      <AriaNumberField
        value={value}
        onChange={(next) => onChange(Number.isNaN(next) ? minValue : next)}
        minValue={minValue}
        maxValue={maxValue}
        step={1}
        formatOptions={wholeNumber}
        className={className ? `mb-text-field mb-number-field ${className}` : 'mb-text-field mb-number-field'}
      >
        <Label className="mb-text-field-label">{label}</Label>
        {/* Each whole number within the bounds counts as it is typed, not only when the field is left: Ctrl+Enter
            straight after typing the quorum must start the meeting with that quorum, not the one before. */}
        <Input className="mb-text-field-input" onInput={(event) => typed(event.currentTarget.value)} />
        <Text slot="description" elementType="small" className="mb-text-field-hint">
          {`A whole number from ${minValue} to ${maxValue}.`}
        </Text>
      </AriaNumberField>
    </I18nProvider>
  );
}
