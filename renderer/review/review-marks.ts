// Where the review's comments and suggested edits sit in the page: each open
// comment and pending suggestion found again in the current text (by core's
// anchoring, through an AnchorPlacer), then turned into a DOM Range over the page's text so it can be
// highlighted in place, or into a Lexical selection so the reader can go to it.
import { $createRangeSelection, $isElementNode, $isTextNode, $setSelection, type ElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { $minutesBlockAt } from '../editor/minutes-block-list';
import type { ReviewState, TextAnchor } from '../../core/review/review-schema';
import { suggestionKind } from '../../core/review/suggestions';
import type { AnchorPlacer } from './anchor-placer';
import { $blockOffsets, type BlockRange } from './selection-range';

export interface ReviewMark {
  id: string;
  kind: 'comment' | 'insertion' | 'deletion' | 'replacement';
  range: BlockRange;
  /** The words a suggestion would put in. */
  replacement: string;
}

/**
 * Open comments and pending suggestions whose words are still in the minutes;
 * `only` limits the search to those ids (looking for words that are gone is
 * the costly part, so while the clerk types only marks already found are followed).
 */
export function locateMarks(review: ReviewState, place: AnchorPlacer, only?: ReadonlySet<string>): ReviewMark[] {
  const wanted = (id: string) => !only || only.has(id);
  const marks: ReviewMark[] = [];
  const mark = (id: string, kind: ReviewMark['kind'], anchor: TextAnchor, replacement: string) => {
    const found = wanted(id) ? place(anchor) : null;
    if (found) marks.push({ id, kind, replacement, range: { position: found.block.position, start: found.start, end: found.end } });
  };
  for (const comment of review.comments) if (!comment.resolved) mark(comment.id, 'comment', comment.anchor, '');
  for (const suggestion of review.suggestions) {
    if (suggestion.status === 'pending') mark(suggestion.id, suggestionKind(suggestion), suggestion.anchor, suggestion.replacement);
  }
  return marks;
}

interface TextSpan {
  node: TextNode;
  start: number;
  end: number;
}

function $textSpans(position: number): TextSpan[] {
  const top = $minutesBlockAt(position);
  if (!top || !$isElementNode(top)) return [];
  const offsets = $blockOffsets(top);
  const spans: TextSpan[] = [];
  const visit = (element: ElementNode) => {
    for (const child of element.getChildren()) {
      if ($isTextNode(child)) {
        const span = offsets.get(child.getKey());
        if (span) spans.push({ node: child, ...span });
      } else if ($isElementNode(child)) visit(child);
    }
  };
  visit(top);
  return spans;
}

/** The text node and offset for a character position; `after` prefers the node ending there over the one starting there. */
function pointIn(spans: TextSpan[], at: number, after: boolean): { span: TextSpan; offset: number } | null {
  const holding = spans.filter((span) => span.start <= at && at <= span.end);
  const span = (after ? holding[0] : holding.at(-1)) ?? (after ? spans.findLast((s) => s.end <= at) : spans.find((s) => s.start >= at));
  if (!span) return null;
  return { span, offset: Math.max(0, Math.min(at - span.start, span.end - span.start)) };
}

function firstTextNode(element: HTMLElement): Text | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** A DOM Range over a block range of the page, or null when the page does not show it. */
export function domRangeOf(editor: LexicalEditor, range: BlockRange): Range | null {
  return editor.read(() => {
    const spans = $textSpans(range.position);
    const from = pointIn(spans, range.start, range.start === range.end);
    const to = pointIn(spans, range.end, true);
    if (!from || !to) return null;
    const startElement = editor.getElementByKey(from.span.node.getKey());
    const endElement = editor.getElementByKey(to.span.node.getKey());
    const startText = startElement ? firstTextNode(startElement) : null;
    const endText = endElement ? firstTextNode(endElement) : null;
    if (!startText || !endText) return null;
    const dom = document.createRange();
    dom.setStart(startText, Math.min(from.offset, startText.length));
    dom.setEnd(endText, Math.min(to.offset, endText.length));
    return dom;
  });
}

/** Selects a block range in the page and gives the page focus, so the reader sees the words a comment is about. */
export function selectBlockRange(editor: LexicalEditor, range: BlockRange): void {
  editor.update(() => {
    const spans = $textSpans(range.position);
    const from = pointIn(spans, range.start, false);
    const to = pointIn(spans, range.end, true);
    if (!from || !to) return;
    const selection = $createRangeSelection();
    selection.anchor.set(from.span.node.getKey(), from.offset, 'text');
    selection.focus.set(to.span.node.getKey(), to.offset, 'text');
    $setSelection(selection);
  });
  editor.focus();
}
