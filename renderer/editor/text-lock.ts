// Whether an editor's text is locked now (review/edit-guard sets it while it
// guards the text) and who hears of a refused edit. The minutes commands ask
// here before they run: a command that would change the text is refused
// before it opens a dialog, rather than asked through and then put back by
// the guard, which left the clerk answering a question whose answer vanished.
import type { LexicalEditor } from 'lexical';

const refusalListeners = new WeakMap<LexicalEditor, () => void>();

/** Marks the editor's text as locked until the returned release is called; onRefused hears each refusal. */
export function lockText(editor: LexicalEditor, onRefused: () => void): () => void {
  refusalListeners.set(editor, onRefused);
  return () => {
    if (refusalListeners.get(editor) === onRefused) refusalListeners.delete(editor);
  };
}

export function isTextLocked(editor: LexicalEditor): boolean {
  return refusalListeners.has(editor);
}

/** Tells the lock's owner an edit was refused (the banner counts it and says why). */
export function reportRefusedEdit(editor: LexicalEditor): void {
  refusalListeners.get(editor)?.();
}
