// Keyboard shortcuts for every minutes command, and the shortcut sheet
// (Ctrl+/) that lists them. Matching is a few comparisons per key press.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { CommandContext, MinutesCommand } from '../commands/minutes-commands';
import { matchesShortcut } from '../commands/shortcut-match';

export const SHORTCUT_SHEET_SHORTCUT = 'Ctrl+/';

/** Shortcuts Lexical and the app already give, listed on the sheet for completeness. */
const builtIn: Array<[string, string]> = [
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z', 'Redo'],
  ['Ctrl+B / Ctrl+I / Ctrl+U', 'Bold, italic, underline'],
  ['Ctrl+S', 'Save'],
  ['Ctrl+Shift+D', 'Compare the text now with a version or a file'],
  ['/', 'Open the block menu'],
  ['Tab (after a name’s first letters)', 'Complete a name from the roster'],
];

export function ShortcutsPlugin({ commands, context }: { commands: MinutesCommand[]; context: () => CommandContext }) {
  const [editor] = useLexicalComposerContext();
  const [sheetOpen, setSheetOpen] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!event.ctrlKey && !event.altKey && !event.metaKey) return false;
          if (matchesShortcut(event, SHORTCUT_SHEET_SHORTCUT)) {
            event.preventDefault();
            setSheetOpen(true);
            return true;
          }
          const command = commands.find((candidate) => candidate.shortcut && matchesShortcut(event, candidate.shortcut));
          if (!command) return false;
          event.preventDefault();
          command.run(context());
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, commands, context],
  );

  useEffect(() => {
    if (sheetOpen) closeRef.current?.focus();
  }, [sheetOpen]);

  if (!sheetOpen) return null;
  const close = () => {
    setSheetOpen(false);
    editor.focus();
  };
  return (
    <div
      className="mb-shortcut-sheet"
      role="dialog"
      aria-modal="true"
      aria-label="Keyboard shortcuts"
      onKeyDown={(event) => {
        if (event.key === 'Escape' || (event.key === '/' && event.ctrlKey)) {
          event.preventDefault();
          close();
        }
      }}
    >
      <h2>Keyboard shortcuts</h2>
      <table>
        <tbody>
          {commands
            .filter((command) => command.shortcut)
            .map((command) => (
              <tr key={command.id}>
                <td>
                  <kbd>{command.shortcut}</kbd>
                </td>
                <td>{command.title}</td>
              </tr>
            ))}
          {builtIn.map(([keys, title]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{title}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" ref={closeRef} onClick={close}>
        Close (Esc)
      </button>
    </div>
  );
}
