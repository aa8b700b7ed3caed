// Where a new block goes: it takes the place of an empty paragraph, follows a
// paragraph the clerk has just finished typing (the caret at its end: the
// block starts on the next line, no Enter needed first), turns a paragraph
// into the block (keeping the words) when the caret is anywhere else in it,
// and follows any other block. A heading ('take-line') always takes the
// paragraph it is pressed in, as a heading style does in a word processor: a
// clerk types a new item's title and then marks it as the heading. Must run
// inside editor.update().
import { $createParagraphNode, $getRoot, $getSelection, $isParagraphNode, $isRangeSelection, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import { $blockOf } from '../minutes-block-list';

export function $currentBlock(): LexicalNode | null {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? $blockOf(selection.anchor.getNode()) : null;
}

/** Inserts or converts; returns the block now holding the caret's words (or the new block). */
export function $placeBlock<T extends LexicalNode>(node: T, mode: 'convert-paragraph' | 'take-line' | 'always-new' = 'convert-paragraph'): T {
  const current = $currentBlock();
  if (current && $isParagraphNode(current) && current.getTextContentSize() === 0) {
    current.replace(node);
  } else if (current && $isParagraphNode(current) && 'append' in node && (mode === 'take-line' || (mode === 'convert-paragraph' && !$caretAtEndOf(current)))) {
    (node as unknown as ElementNode).append(...current.getChildren());
    current.replace(node);
  } else if (current) {
    current.insertAfter(node);
  } else {
    $getRoot().append(node);
  }
  return node;
}

/** The caret sits, collapsed, after the last character of `block` (where it is once the clerk has typed it). */
function $caretAtEndOf(block: ElementNode): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const { anchor } = selection;
  if (anchor.type === 'element') return anchor.key === block.getKey() && anchor.offset === block.getChildrenSize();
  const last = block.getLastDescendant();
  return $isTextNode(last) && anchor.key === last.getKey() && anchor.offset === last.getTextContentSize();
}

/** Puts the caret at the end of a block, or on a new paragraph after a block that takes no text. */
export function $caretInto(node: LexicalNode, takesText: boolean): void {
  if (takesText) {
    node.selectEnd();
    return;
  }
  const next = node.getNextSibling();
  if (next && $isParagraphNode(next) && next.getTextContentSize() === 0) next.select();
  else {
    const paragraph = $createParagraphNode();
    node.insertAfter(paragraph);
    paragraph.select();
  }
}
