// The app's search box, defined once: React Aria's SearchField (an
// <input type="search">, a searchbox to a screen reader, named by its label;
// Escape empties it, and only an empty box lets Escape go on to close what it
// is in; a button to empty it, out of the Tab order) drawn by controls.css.
import { X } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { Button, Input, Label, SearchField as AriaSearchField } from 'react-aria-components';

interface SearchFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  /** The field a panel's shortcut puts the keyboard in (renderer/workspace finds it by this mark). */
  shortcutFocus?: boolean;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
}

export function SearchField({ label, placeholder, shortcutFocus, onKeyDown, ...props }: SearchFieldProps) {
  return (
    <AriaSearchField {...props} className="mb-text-field mb-search-field">
      <Label className="mb-text-field-label">{label}</Label>
      <span className="mb-search-field-box">
        {/* onKeyDown on the element itself: React Aria's own would stop every key from reaching the panel above. */}
        <Input placeholder={placeholder} onKeyDown={onKeyDown} data-shortcut-focus={shortcutFocus || undefined} className="mb-text-field-input" />
        <Button className="mb-search-field-clear">
          <X size={14} aria-hidden="true" />
        </Button>
      </span>
    </AriaSearchField>
  );
}
