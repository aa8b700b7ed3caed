// The agenda item the caret was last in. The outline forgets the current item
// when the editor loses focus (the caret has gone), but a late arrival marked
// in the Attendance panel belongs to the item the clerk was just minuting.
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, type LexicalEditor } from 'lexical';
import type { NumberingScheme } from '../../../core/model/minute-numbering';
import { $currentAgendaItem, $readOutline } from './agenda-sections';
import { outlineStoreFor, type OutlineEntry } from './outline-store';

const lastKeys = new WeakMap<LexicalEditor, string | null>();

/** Starts remembering for an editor; returns the cleanup (LastAgendaItemPlugin runs it). */
export function trackLastAgendaItem(editor: LexicalEditor): () => void {
  lastKeys.set(editor, null);
  const store = outlineStoreFor(editor);
  const unsubscribe = store.subscribe(() => {
    const key = store.getSnapshot().currentKey;
    if (key !== null) lastKeys.set(editor, key);
  });
  // The outline notices the caret only when typing pauses; leaving the editor
  // straight after a click would go unseen, so read the caret as focus leaves.
  const unregister = editor.registerCommand(
    BLUR_COMMAND,
    () => {
      const key = editor.getEditorState().read(() => $currentAgendaItem()?.getKey() ?? null);
      if (key !== null) lastKeys.set(editor, key);
      return false;
    },
    COMMAND_PRIORITY_LOW,
  );
  return () => {
    unsubscribe();
    unregister();
    lastKeys.delete(editor);
  };
}

/** The item the clerk was minuting, numbered as the page numbers it now (read from the editor, not the outline). */
export function lastAgendaItem(editor: LexicalEditor, scheme: NumberingScheme): OutlineEntry | null {
  const { currentKey } = outlineStoreFor(editor).getSnapshot();
  // The outline can be a pause behind the caret (on a busy laptop, the item
  // before the one just started), so it is the last resort: the caret itself
  // while the minutes have the keyboard, else where it was when they lost it.
  const focused = editor.getRootElement()?.contains(document.activeElement) ?? false;
  return editor.getEditorState().read(() => {
    const caretKey = focused ? ($currentAgendaItem()?.getKey() ?? null) : null;
    const key = caretKey ?? lastKeys.get(editor) ?? currentKey ?? null;
    return $readOutline(scheme).find((entry) => entry.key === key) ?? null;
  });
}
