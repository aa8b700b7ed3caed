// A named choice of one among a few, as radio buttons, defined once: React
// Aria's RadioGroup and Radio (real, visually hidden <input type="radio">s in
// their <label>s: one Tab stop, the arrow keys to choose) with the circles
// drawn by controls.css.
import type { Ref } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';

interface RadioChoiceProps<T extends string> {
  label: string;
  options: readonly { value: T; label: string }[];
  /** The choice is of the options' values (inferred from them alone). */
  value: NoInfer<T>;
  onChange(value: NoInfer<T>): void;
  /** The chosen radio's input, for a dialog that starts there. */
  inputRef?: Ref<HTMLInputElement>;
}

export function RadioChoice<T extends string>({ label, options, value, onChange, inputRef }: RadioChoiceProps<T>) {
  return (
    <RadioGroup
      value={value}
      onChange={(chosen) => {
        const option = options.find((candidate) => candidate.value === chosen);
        if (option) onChange(option.value);
      }}
      className="mb-choice-group"
    >
      <Label className="mb-choice-group-label">{label}</Label>
      {options.map((option) => (
        <Radio key={option.value} value={option.value} inputRef={option.value === value ? inputRef : undefined} className="mb-radio">
          <span className="mb-radio-circle" aria-hidden="true" />
          <span>{option.label}</span>
        </Radio>
      ))}
    </RadioGroup>
  );
}
