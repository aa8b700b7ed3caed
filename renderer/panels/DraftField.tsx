// A field whose words the meeting only takes when they are usable, so the
// clerk may empty it on the way to new words without the document becoming
// unsavable (a blank name, blank public attendance words). While the clerk is in it, what
// they type stays on screen; otherwise it shows what the meeting holds.
import { useState } from 'react';

export interface DraftFieldProps {
  label: string;
  /** What the meeting holds now. */
  stored: string;
  /** Whether typed text is usable (not blank…). */
  read(text: string): boolean;
  onUsable(text: string): void;
  maxLength?: number;
  className?: string;
  /** Take the focus on appearing, with the text selected to be typed over (a person just added). */
  autoFocus?: boolean;
}

export function DraftField({ label, stored, read, onUsable, maxLength, className, autoFocus = false }: DraftFieldProps) {
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <input
      aria-label={label}
      className={className}
      maxLength={maxLength}
      value={typing ?? stored}
      autoFocus={autoFocus}
      onFocus={(event) => {
        setTyping(stored);
        if (autoFocus) event.target.select();
      }}
      onChange={(event) => {
        setTyping(event.target.value);
        if (read(event.target.value)) onUsable(event.target.value);
      }}
      onBlur={() => setTyping(null)}
    />
  );
}
