// Keyboard shortcuts for every minutes command, and the shortcut sheet
// (Ctrl+/) that lists every key the window answers to (commands/shortcut-sheet.ts).
// Matching is a few comparisons per key press.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH } from 'lexical';
import { useEffect, useRef } from 'react';
import { Button } from '../../design/Button';
import { ModalDialog } from '../../dialogs/ModalDialog';
import { useDialog } from '../../dialogs/useDialog';
import type { CommandContext, MinutesCommand } from '../commands/command-types';
import { runMinutesCommand } from '../commands/run-command';
import { isFunctionKey, matchesShortcut } from '../commands/shortcut-match';
import { commandKeys, SHORTCUT_SHEET_SHORTCUT, shortcutRows } from '../commands/shortcut-sheet';
import { $keepCaret } from '../kept-caret';
import { registerKeyDownFor } from '../key-down-for';

/** Only chords and function keys can be shortcuts: typing goes straight through, without the app's listener (key-down-for.ts). */
const mayBeShortcut = (event: KeyboardEvent) => event.ctrlKey || event.altKey || event.metaKey || isFunctionKey(event.key);

export function ShortcutsPlugin({ commands, context }: { commands: MinutesCommand[]; context: () => CommandContext }) {
  const [editor] = useLexicalComposerContext();
  const sheet = useDialog();
  const { open } = sheet;
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(
    () =>
      registerKeyDownFor(
        editor,
        mayBeShortcut,
        (event) => {
          if (!mayBeShortcut(event)) return false;
          if (matchesShortcut(event, SHORTCUT_SHEET_SHORTCUT)) {
            event.preventDefault();
            // Command listeners run inside an update: the caret read here is the clerk's.
            open(true, { caret: $keepCaret() });
            return true;
          }
          const command = commands.find((candidate) => commandKeys(candidate).some((keys) => matchesShortcut(event, keys)));
          if (!command) return false;
          event.preventDefault();
          runMinutesCommand(command, context());
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, commands, context, open],
  );

  useEffect(() => {
    if (sheet.shown) closeRef.current?.focus();
  }, [sheet.shown]);

  if (!sheet.shown) return null;
  return (
    <ModalDialog
      label="Keyboard shortcuts"
      className="mb-shortcut-sheet"
      onClose={sheet.close}
      onKeyDown={(event) => {
        if (event.key === '/' && event.ctrlKey) {
          event.preventDefault();
          sheet.close();
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
      <Button ref={closeRef} onPress={sheet.close}>
        Close (Esc)
      </Button>
    </ModalDialog>
  );
}
