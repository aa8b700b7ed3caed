// A choice of one among a few, shown as a row of buttons (the Compare view's
// "Side by side" / "Inline"), defined once: React Aria's ToggleButtonGroup
// with single selection, which is a radio group to a screen reader, one Tab
// stop, and the arrow keys to move between the choices.
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceButtonsProps<T extends string> {
  /** What the group chooses ("Layout"). */
  label: string;
  choices: readonly Choice<T>[];
  /** The choice is of the options' values (inferred from them alone). */
  value: NoInfer<T>;
  onChange(value: NoInfer<T>): void;
}

export function ChoiceButtons<T extends string>({ label, choices, value, onChange }: ChoiceButtonsProps<T>) {
  return (
    <ToggleButtonGroup
      aria-label={label}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[value]}
      onSelectionChange={(keys) => {
        const [chosen] = keys;
        const choice = choices.find((candidate) => candidate.value === chosen);
        if (choice) onChange(choice.value);
      }}
      className="mb-choice-buttons"
    >
      {choices.map((choice) => (
        <ToggleButton key={choice.value} id={choice.value} className="mb-button mb-choice-button">
          {choice.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
