// A clerk at the keyboard in one agenda item, for the unit tests that type and
// run minutes commands through a headless editor: the item and an empty line
// under it with the caret there, edits made at the caret, and commands run as
// the app runs them.
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor, type RangeSelection } from 'lexical';
import type { Meeting } from '../../core/model/meeting';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { $createAgendaItemNode } from '../../renderer/editor/nodes/AgendaItemNode';
import { minutesEditor } from './nodes/node-harness';

/** An editor holding one agenda item (`itemId`, titled `title`) and an empty line under it, the caret on that line. */
export function editorInNewItem(itemId: string, title: string): LexicalEditor {
  const editor = minutesEditor();
  editor.update(
    () => {
      const line = $createParagraphNode();
      $getRoot().append($createAgendaItemNode({ itemId }).append($createTextNode(title)), line);
      line.select();
    },
    { discrete: true },
  );
  return editor;
}

/** Runs an edit at the caret (the range selection) as one update, done before it returns. */
export function editAtCaret(editor: LexicalEditor, edit: (selection: RangeSelection) => void): void {
  editor.update(
    () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) edit(selection);
    },
    { discrete: true },
  );
}

/** Runs the minutes command `id` as the app does for this meeting (text unlocked, no outline). */
export function runMinutesCommand(editor: LexicalEditor, meeting: Meeting, id: string): void {
  minutesCommands(meeting)
    .find((entry) => entry.id === id)!
    .run({ editor, meeting, outline: () => [], now: () => new Date(), textLocked: () => false });
}
