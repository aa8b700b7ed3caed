// Keyboard shortcuts for every minutes command, and the shortcut sheet
// (Ctrl+/) that lists every key the window answers to (commands/shortcut-sheet.ts).
// Matching is a few comparisons per key press.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { CommandContext, MinutesCommand } from '../commands/command-types';
import { matchesShortcut } from '../commands/shortcut-match';
import { SHORTCUT_SHEET_SHORTCUT, shortcutRows } from '../commands/shortcut-sheet';

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
          {shortcutRows(commands).map((row) => (
            <tr key={`${row.keys} ${row.title}`}>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
              <td>{row.title}</td>
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
