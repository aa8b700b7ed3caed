// The app's checkboxes, defined once: React Aria's Checkbox (a real, visually
// hidden <input type="checkbox"> inside its <label>, so it is named by its
// words and ticked by Space or a click anywhere on them) with a box drawn by
// controls.css, and CheckboxList for a named set of them (the export's
// formats and appendices), which is a group to a screen reader.
import { Check } from 'lucide-react';
import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox, CheckboxGroup, Label } from 'react-aria-components';

interface CheckboxProps {
  isSelected?: boolean;
  onChange?(isSelected: boolean): void;
  /** Inside a CheckboxList: the value it stands for. */
  value?: string;
  className?: string;
  /** A name other than the words shown (a version's tick box is named for what ticking it does). */
  'aria-label'?: string;
  children: ReactNode;
}

export function Checkbox({ className, children, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className={className ? `mb-checkbox ${className}` : 'mb-checkbox'}>
      {({ isSelected }) => (
        <>
          <span className="mb-checkbox-box" aria-hidden="true">
            {isSelected ? <Check size={12} strokeWidth={3} /> : null}
          </span>
          <span>{children}</span>
        </>
      )}
    </AriaCheckbox>
  );
}

interface CheckboxListProps<T extends string> {
  label: string;
  /** Every value, in order, with the words for each. */
  options: readonly { value: T; label: string }[];
  value: readonly NoInfer<T>[];
  onChange(value: NoInfer<T>[]): void;
}

export function CheckboxList<T extends string>({ label, options, value, onChange }: CheckboxListProps<T>) {
  return (
    <CheckboxGroup
      value={[...value]}
      // In the options' own order, whatever order they were ticked in.
      onChange={(chosen) => onChange(options.filter((option) => chosen.includes(option.value)).map((option) => option.value))}
      className="mb-choice-group"
    >
      <Label className="mb-choice-group-label">{label}</Label>
      {options.map((option) => (
        <Checkbox key={option.value} value={option.value}>
          {option.label}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
