// Where the selection is, in review's terms: which block (its position in the
// flat list of blocks, $minutesBlocks), and the
// character offsets within that block's text, counted exactly as core's
// blockSegments counts them over the saved JSON (text, line breaks and tabs
// one character each, a line break between nested paragraphs), so an anchor
// made here is found again in the file.
import { $blockOf, $minutesBlocks } from '../editor/minutes-block-list';
import {
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
} from 'lexical';

export interface BlockRange {
  /** Position of the block among the root's children. */
  position: number;
  start: number;
  end: number;
}

/** Start offset of every node inside a top-level block, in core's counting. */
export function $blockOffsets(top: ElementNode): Map<string, { start: number; end: number }> {
  const offsets = new Map<string, { start: number; end: number }>();
  let at = 0;
  const visit = (element: ElementNode) => {
    let previousWasBlock = false;
    for (const child of element.getChildren()) {
      const isBlock = $isElementNode(child) && !child.isInline();
      if (isBlock && previousWasBlock) at += 1;
      const start = at;
      if ($isLineBreakNode(child)) at += 1;
      else if ($isTextNode(child)) at += child.getTextContentSize();
      else if ($isElementNode(child)) visit(child);
      offsets.set(child.getKey(), { start, end: at });
      previousWasBlock = isBlock;
    }
  };
  visit(top);
  offsets.set(top.getKey(), { start: 0, end: at });
  return offsets;
}

function $pointOffset(point: Pick<PointType, 'key' | 'offset' | 'type'>, offsets: Map<string, { start: number; end: number }>): number | null {
  const node: LexicalNode | null = $getNodeByKey(point.key);
  if (!node) return null;
  const span = offsets.get(node.getKey());
  if (!span) return null;
  if (point.type === 'text') return span.start + point.offset;
  if (!$isElementNode(node)) return span.start;
  const child = node.getChildAtIndex(point.offset);
  return child ? (offsets.get(child.getKey())?.start ?? span.end) : span.end;
}

type Point = Pick<PointType, 'key' | 'offset' | 'type'>;

/** The range between two points, if they are in the same top-level block. Call inside a read. */
export function $rangeBetween(anchor: Point, focus: Point): BlockRange | null {
  const anchorNode = $getNodeByKey(anchor.key);
  const focusNode = $getNodeByKey(focus.key);
  const top = anchorNode ? $blockOf(anchorNode) : null;
  if (!top || !$isElementNode(top) || !focusNode || $blockOf(focusNode) !== top) return null;
  const offsets = $blockOffsets(top);
  const a = $pointOffset(anchor, offsets);
  const b = $pointOffset(focus, offsets);
  if (a === null || b === null) return null;
  return { position: $minutesBlocks().indexOf(top), start: Math.min(a, b), end: Math.max(a, b) };
}

/** The selected words as a block range; null without a selection inside one block. */
export function selectedBlockRange(editor: LexicalEditor): BlockRange | null {
  return editor.read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) ? $rangeBetween(selection.anchor, selection.focus) : null;
  });
}
