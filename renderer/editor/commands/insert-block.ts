// Where a new block goes: it takes the place of an empty paragraph, turns a
// paragraph the clerk has already typed into the block (keeping the words),
// or follows any other block. Must run inside editor.update().
import { $createParagraphNode, $getRoot, $getSelection, $isParagraphNode, $isRangeSelection, type ElementNode, type LexicalNode } from 'lexical';

export function $currentBlock(): LexicalNode | null {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
}

/** Inserts or converts; returns the block now holding the caret's words (or the new block). */
export function $placeBlock<T extends LexicalNode>(node: T, mode: 'convert-paragraph' | 'always-new' = 'convert-paragraph'): T {
  const current = $currentBlock();
  if (current && $isParagraphNode(current) && current.getTextContentSize() === 0) {
    current.replace(node);
  } else if (current && $isParagraphNode(current) && mode === 'convert-paragraph' && 'append' in node) {
    (node as unknown as ElementNode).append(...current.getChildren());
    current.replace(node);
  } else if (current) {
    current.insertAfter(node);
  } else {
    $getRoot().append(node);
  }
  return node;
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
