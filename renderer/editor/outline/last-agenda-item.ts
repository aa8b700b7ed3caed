// The agenda item the caret was last in. The outline forgets the current item
// when the editor loses focus (the caret has gone), but a late arrival marked
// in the Attendance panel belongs to the item the clerk was just minuting.
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, type LexicalEditor } from 'lexical';
import { $currentAgendaItem } from './agenda-sections';
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

export function lastAgendaItem(editor: LexicalEditor): OutlineEntry | null {
  const { entries, currentKey } = outlineStoreFor(editor).getSnapshot();
  const key = currentKey ?? lastKeys.get(editor) ?? null;
  return entries.find((entry) => entry.key === key) ?? null;
}
