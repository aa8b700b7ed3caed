// Remembers the last words selected in the page, as a block range, so the
// Review panel can comment on them after focus has moved to its own fields.
// Read from the DOM selection, which exists even when the page is read-only
// (a review copy, approved minutes), where Lexical may not track it.
import { $getNearestNodeFromDOMNode, $isTextNode, type EditorState, type LexicalEditor, type PointType } from 'lexical';
import { useEffect } from 'react';
import { $rangeBetween, type BlockRange } from './selection-range';

type Point = Pick<PointType, 'key' | 'offset' | 'type'>;

/**
 * The selection's ends and the editor state they were in. The block range is worked out only when asked: the
 * selection changes with every key the clerk types, and the range means walking the block's text and counting the
 * blocks before it. An editor state never changes once made, so the range comes out as it would have then.
 */
interface RememberedSelection {
  state: EditorState;
  anchor: Point;
  focus: Point;
}

const remembered = new WeakMap<LexicalEditor, RememberedSelection>();

function $pointFromDom(node: Node, offset: number): Point | null {
  const lexical = $getNearestNodeFromDOMNode(node);
  if (!lexical) return null;
  if (node.nodeType === Node.TEXT_NODE && $isTextNode(lexical)) return { key: lexical.getKey(), offset, type: 'text' };
  return { key: lexical.getKey(), offset: 0, type: 'element' };
}

export function rememberedRange(editor: LexicalEditor): BlockRange | null {
  const kept = remembered.get(editor);
  return kept ? kept.state.read(() => $rangeBetween(kept.anchor, kept.focus), { editor }) : null;
}

/**
 * Keeps the remembered range up to date: on every selection change, and when the page loses
 * the keyboard. The browser reports a selection change a little later, and by then the
 * Review panel's comment field (Ctrl+Shift+E) may hold the selection, so the words the
 * chair last chose would be missed; the focus leaving the page still sees them.
 */
export function watchSelection(editor: LexicalEditor): () => void {
  const remember = () => {
    const selection = window.getSelection();
    const root = editor.getRootElement();
    if (!selection || !root || !selection.anchorNode || !selection.focusNode) return;
    if (!root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) return;
    const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
    // The committed state, with the editor named so $getNearestNodeFromDOMNode can map the DOM;
    // editor.read() would flush pending updates from inside the browser's selection event.
    const state = editor.getEditorState();
    const anchor = state.read(() => $pointFromDom(anchorNode, anchorOffset), { editor });
    const focus = state.read(() => $pointFromDom(focusNode, focusOffset), { editor });
    // A selection across blocks cannot be commented on (its range comes out null): the last one is forgotten then,
    // rather than old words commented on.
    if (anchor && focus) remembered.set(editor, { state, anchor, focus });
    else remembered.delete(editor);
  };
  document.addEventListener('selectionchange', remember);
  const removeRootListener = editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('focusout', remember);
    root?.addEventListener('focusout', remember);
  });
  return () => {
    document.removeEventListener('selectionchange', remember);
    removeRootListener();
  };
}

export function useSelectionMemory(editor: LexicalEditor): void {
  useEffect(() => watchSelection(editor), [editor]);
}
