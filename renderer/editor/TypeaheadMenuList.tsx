// The floating list both typeahead menus (slash commands, roster names) draw
// at the caret: highlighted option, mouse as a fallback to the keyboard.
import type { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';

interface TypeaheadMenuListProps<T extends MenuOption> {
  anchor: RefObject<HTMLElement | null>;
  label: string;
  className: string;
  options: T[];
  selectedIndex: number | null;
  onChoose(option: T): void;
  onHighlight?(index: number): void;
  render(option: T): ReactNode;
}

export function TypeaheadMenuList<T extends MenuOption>({
  anchor,
  label,
  className,
  options,
  selectedIndex,
  onChoose,
  onHighlight,
  render,
}: TypeaheadMenuListProps<T>) {
  if (!anchor.current || options.length === 0) return null;
  return createPortal(
    <ul className={className} role="listbox" aria-label={label}>
      {options.map((option, index) => (
        <li
          key={option.key}
          ref={(element) => option.setRefElement(element)}
          role="option"
          aria-selected={selectedIndex === index}
          className={selectedIndex === index ? 'mb-slash-selected' : undefined}
          onMouseEnter={() => onHighlight?.(index)}
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(option);
          }}
        >
          {render(option)}
        </li>
      ))}
    </ul>,
    anchor.current,
  );
}
