// The app's drop-down choices, defined once: React Aria's Select (a button
// that shows the choice, named by its label and read with it, opening a list
// box in a popover) drawn by controls.css. Closed, it answers the keys a
// native <select> does on Windows: a typed letter picks the first choice
// starting with it (type-ahead), and the left and right arrows step through
// the choices, all without opening; Space, Alt+Down and the up and down
// arrows open the list. Enter opens it too, unless the screen takes Enter
// first (onKeyDown): New meeting goes on to its next step.
import { ChevronDown } from 'lucide-react';
import type { ButtonHTMLAttributes, KeyboardEvent, ReactNode, Ref } from 'react';
import { Button, Header, Label, ListBox, ListBoxItem, ListBoxSection, Popover, Select as AriaSelect, SelectValue, Text } from 'react-aria-components';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

/** Choices shown under a heading in the list (House style's shipped and own styles). */
export interface SelectGroup<T extends string> {
  label: string;
  options: readonly SelectOption<T>[];
}

interface SelectProps<T extends string> {
  /** The words above the choice, which are its name; left out, aria-label names it (a choice in a table row). */
  label?: ReactNode;
  /** A name other than the label's words, or the name of a choice with no label. */
  'aria-label'?: string;
  /** More to read with the choice than its hint (a problem with what is chosen). */
  'aria-describedby'?: string;
  /** What is chosen is not right (the sentence saying why goes in aria-describedby): drawn with the danger border. */
  isInvalid?: boolean;
  /** A short hint under the choice, read with its name. */
  hint?: string;
  /** The choices, in order; groups follow them, each under its heading. */
  options: readonly SelectOption<T>[];
  groups?: readonly SelectGroup<T>[];
  value: NoInfer<T>;
  onChange(value: NoInfer<T>): void;
  isDisabled?: boolean;
  /** Choices shown but not open to the clerk (an approved status, which the Review panel seals). */
  disabledValues?: readonly NoInfer<T>[];
  /** A tooltip on the choice (why it cannot be changed). */
  title?: string;
  /** Keys the screen acts on while the list is closed, before the choice's own: a key it prevents goes no further. */
  onKeyDown?(event: KeyboardEvent<HTMLElement>): void;
  /** The button that shows the choice (to focus it). */
  triggerRef?: Ref<HTMLButtonElement>;
  /** The field a panel's shortcut puts the keyboard in (renderer/workspace finds it by this mark). */
  shortcutFocus?: boolean;
  /** Layout only (where the choice sits). */
  className?: string;
}

/**
 * React Aria keys may not be empty, and "" is a choice here ("Minute Book's own wording", "All committees"), so that
 * one value has a key of its own; every other value is its own key.
 */
const EMPTY_KEY = '(none)';
const keyOf = (value: string) => (value === '' ? EMPTY_KEY : value);
const valueOf = (key: string | number) => (key === EMPTY_KEY ? '' : String(key));

function Options<T extends string>({ options }: { options: readonly SelectOption<T>[] }) {
  return options.map((option) => (
    <ListBoxItem key={option.value} id={keyOf(option.value)} textValue={option.label} className="mb-select-option">
      {option.label}
    </ListBoxItem>
  ));
}

export function Select<T extends string>({
  label,
  hint,
  options,
  groups = [],
  value,
  onChange,
  disabledValues = [],
  title,
  onKeyDown,
  triggerRef,
  shortcutFocus,
  className,
  ...props
}: SelectProps<T>) {
  // Taken in the capture phase: React Aria's trigger acts on Enter and stops it before any handler of the screen's.
  const screenKeys = (event: KeyboardEvent<HTMLElement>) => {
    if (!onKeyDown || !(event.target instanceof HTMLElement) || !event.target.matches('.mb-select-trigger[aria-expanded="false"]')) return;
    onKeyDown(event);
    if (event.defaultPrevented) event.stopPropagation();
  };
  return (
    <div className={className ? `mb-select ${className}` : 'mb-select'} onKeyDownCapture={screenKeys}>
      <AriaSelect
        {...props}
        selectedKey={keyOf(value)}
        disabledKeys={disabledValues.map(keyOf)}
        onSelectionChange={(key) => {
          if (key !== null) onChange(valueOf(key) as T);
        }}
        className="mb-select-field"
      >
        {label === undefined ? null : <Label className="mb-text-field-label">{label}</Label>}
        <Button
          ref={triggerRef}
          className="mb-select-trigger"
          data-shortcut-focus={shortcutFocus || undefined}
          // React Aria passes no title to the element; its render hook is the way to add one.
          render={title === undefined ? undefined : (attributes) => <button {...(attributes as ButtonHTMLAttributes<HTMLButtonElement>)} title={title} />}
        >
          <SelectValue className="mb-select-value" />
          <ChevronDown size={14} aria-hidden="true" className="mb-select-chevron" />
        </Button>
        {hint ? (
          <Text slot="description" elementType="small" className="mb-text-field-hint">
            {hint}
          </Text>
        ) : null}
        <Popover className="mb-select-popover" offset={2}>
          <ListBox className="mb-select-list">
            <Options options={options} />
            {groups.map((group) => (
              <ListBoxSection key={group.label} className="mb-select-section">
                <Header className="mb-select-section-header">{group.label}</Header>
                <Options options={group.options} />
              </ListBoxSection>
            ))}
          </ListBox>
        </Popover>
      </AriaSelect>
    </div>
  );
}
