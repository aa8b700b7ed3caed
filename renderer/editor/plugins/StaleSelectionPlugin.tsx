// Lexical learns about caret moves from the browser's selectionchange event,
// which Chromium may dispatch a frame or more late. A key sent quickly after
// the caret moved (a click then End, or Shift+Home then End then Enter, as a
// fast typist or a text expander does) would then act where the caret WAS:
// words deleted or typed in the wrong paragraph. Before any key acts, pick up
// the browser's selection when it is somewhere else than Lexical's. Lexical
// puts the browser's selection exactly on its own after each update, so the
// two disagree only when the browser moved it and Lexical has not heard yet;
// a key on an agreeing caret (all ordinary typing) changes nothing, and is
// checked with a read, outside any update (key-down-for.ts says why).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  type LexicalEditor,
  type PointType,
} from 'lexical';
import { useEffect } from 'react';
import { registerKeyDownFor } from '../key-down-for';

/** Whether the browser's point (node, offset) is where Lexical's point is; unknown counts as agreeing. */
function browserAgrees(editor: LexicalEditor, point: PointType, node: Node | null, offset: number): boolean {
  const element = editor.getElementByKey(point.key);
  if (!element || !node) return true;
  if (!element.contains(node)) return false;
  // Inside the node's own element: a text point must sit at the same character.
  return point.type === 'text' && node.nodeType === Node.TEXT_NODE ? offset === point.offset : node !== element || offset === point.offset;
}

/** Inside an update or read: whether the browser's selection is in the minutes and somewhere else than Lexical's. */
function $browserSelectionMoved(editor: LexicalEditor): boolean {
  const current = $getSelection();
  if (!$isRangeSelection(current) || editor.isComposing()) return false;
  const dom = window.getSelection();
  const root = editor.getRootElement();
  if (!dom || !root || !dom.anchorNode || !dom.focusNode || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return false;
  return !browserAgrees(editor, current.anchor, dom.anchorNode, dom.anchorOffset) || !browserAgrees(editor, current.focus, dom.focusNode, dom.focusOffset);
}

function $adoptBrowserSelection(editor: LexicalEditor): false {
  if (!$browserSelectionMoved(editor)) return false;
  const fresh = $createRangeSelectionFromDom(window.getSelection(), editor);
  if (fresh) $setSelection(fresh);
  return false;
}

export function StaleSelectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      registerKeyDownFor(
        editor,
        // The state the key's update would see (a pending one included), without committing it.
        () => editor.read('pending', () => $browserSelectionMoved(editor)),
        () => $adoptBrowserSelection(editor),
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
