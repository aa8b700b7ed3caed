// A dialog over the page takes the keyboard; when it closes, the clerk's caret
// must be where it was. Lexical may forget its selection once the browser's
// focus leaves the page, and focusing it then puts the caret at the top of the
// minutes, where the next words would land. So the caret is kept on opening
// and put back on closing (unless the words it was in have gone meanwhile).
import { $getNodeByKey, $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';

/** Inside an update or read: the caret to put back later. */
export function $keepCaret(): BaseSelection | null {
  return $getSelection()?.clone() ?? null;
}

/** Outside an update: the caret now, to put back later. */
export function keepCaret(editor: LexicalEditor): BaseSelection | null {
  return editor.getEditorState().read($keepCaret);
}

/** Gives the page the keyboard back with the kept caret. */
export function restoreCaret(editor: LexicalEditor, kept: BaseSelection | null): void {
  editor.update(
    () => {
      if (!kept) return;
      const stillThere = $isRangeSelection(kept)
        ? $getNodeByKey(kept.anchor.key) && $getNodeByKey(kept.focus.key)
        : kept.getNodes().every((node) => node.isAttached());
      if (stillThere) $setSelection(kept.clone());
    },
    { onUpdate: () => editor.focus() },
  );
}
