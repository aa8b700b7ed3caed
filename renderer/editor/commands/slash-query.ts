// Removes the "/query" the clerk typed to open the slash menu, read from the
// text before the caret. The menu's own idea of the query can be a keystroke
// behind fast typing (it comes from React state), and Lexical splits the text
// node at that stale query, so neither the menu's node nor its match string
// can be trusted to hold all of what was typed.
import { $createRangeSelection, $getSelection, $isElementNode, $isRangeSelection, $setSelection, type TextNode } from 'lexical';
import { $blockOf } from '../minutes-block-list';

/** "/" at the start of the block or after a space or bracket, then up to 40 characters without another "/". */
const TYPED_QUERY = /(?:^|[\s(])(\/[^/\n]{0,40})$/;

/** Must run inside editor.update(); leaves the caret where the "/" was. Returns whether anything was removed. */
export function $removeSlashQuery(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return false;
  const caretNode = selection.anchor.getNode();
  const block = $blockOf(caretNode);
  if (!$isElementNode(block)) return false;
  const pieces: Array<{ node: TextNode; start: number }> = [];
  let before = '';
  for (const node of block.getAllTextNodes()) {
    pieces.push({ node, start: before.length });
    if (node.is(caretNode)) {
      before += node.getTextContent().slice(0, selection.anchor.offset);
      break;
    }
    before += node.getTextContent();
  }
  const typed = TYPED_QUERY.exec(before)?.[1];
  if (!typed) return false;
  const from = before.length - typed.length;
  const first = pieces.findLast((piece) => piece.start <= from);
  if (!first) return false;
  const range = $createRangeSelection();
  range.anchor.set(first.node.getKey(), from - first.start, 'text');
  range.focus.set(selection.anchor.key, selection.anchor.offset, 'text');
  $setSelection(range);
  range.removeText();
  return true;
}
