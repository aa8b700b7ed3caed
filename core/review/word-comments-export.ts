// The chair's comments, placed on the exported text: each comment's anchor
// (a block of the editor's document and a range in its text) is found in the
// layout the writers print, so the DOCX review copy carries it as a Word
// comment on the same words. The layout words things its own way ("1 HOUSING
// REVENUE ACCOUNT", "Councillor X declared a personal interest as …"), so each
// block's lines are found, in order, among the printed parts of its agenda
// item; the clerk's words are always printed whole, so they are found.
// A comment whose words cannot be printed where it points (words since
// removed, a block printed only as standard wording) goes on its item's
// heading, its body saying which words it was about, so no comment is lost.
import { writeDocx } from '../export/docx-writer';
import { layoutFromDocument } from '../export/export-minutes';
import type { LayoutComment, LayoutDocument, LayoutPlace } from '../export/layout-model';
import { layoutTextParts, type LayoutTextPart } from '../export/layout-text-parts';
import type { MinutesDocument } from '../storage/minutes-document';
import { reviewBlocks, type ReviewBlock } from './block-text';
import { reviewOf, type ReviewComment, type ReviewState } from './review-schema';
import { resolveAnchor } from './text-anchor';

/** One line of a block's text (lines are separated by '\n') and where it was printed. */
interface PrintedLine {
  start: number;
  end: number;
  part: LayoutTextPart;
  at: number;
}

/** Case is ignored, as item titles print in capitals; only where that keeps every offset the same. */
function fold(text: string): string {
  const lower = text.toLocaleLowerCase('en-GB');
  return lower.length === text.length ? lower : text;
}

function linesOf(text: string): Array<{ start: number; end: number; text: string }> {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return lines;
}

/** For each block, where its lines were printed: walked item by item, each line looked for after the last one found. */
function printedLines(blocks: ReviewBlock[], parts: LayoutTextPart[]): Map<ReviewBlock, PrintedLine[]> {
  const found = new Map<ReviewBlock, PrintedLine[]>();
  const regions = new Map<string | null, LayoutTextPart[]>();
  for (const part of parts) {
    if (part.section !== 0) continue;
    const region = regions.get(part.itemId);
    if (region) region.push(part);
    else regions.set(part.itemId, [part]);
  }
  const cursors = new Map<string | null, { index: number; offset: number }>();
  for (const block of blocks) {
    const region = regions.get(block.itemId) ?? [];
    const cursor = cursors.get(block.itemId) ?? { index: 0, offset: 0 };
    const lines: PrintedLine[] = [];
    for (const line of linesOf(block.text)) {
      const needle = fold(line.text);
      const search = (from: { index: number; offset: number }) => {
        for (let index = from.index; index < region.length; index += 1) {
          const at = fold(region[index]!.text).indexOf(needle, index === from.index ? from.offset : 0);
          if (at !== -1) return { index, at };
        }
        return null;
      };
      // In order first; out of order (the layout gathered it elsewhere) rather than not at all.
      const inOrder = search(cursor);
      const hit = inOrder ?? search({ index: 0, offset: 0 });
      if (!hit) continue;
      if (inOrder) Object.assign(cursor, { index: hit.index, offset: hit.at + needle.length });
      lines.push({ start: line.start, end: line.end, part: region[hit.index]!, at: hit.at });
    }
    cursors.set(block.itemId, cursor);
    found.set(block, lines);
  }
  return found;
}

const placeOf = (part: LayoutTextPart, offset: number): LayoutPlace => ({ section: part.section, block: part.block, part: part.part, offset });

function before(a: LayoutPlace, b: LayoutPlace): boolean {
  return a.section !== b.section ? a.section < b.section : a.block !== b.block ? a.block < b.block : a.part !== b.part ? a.part < b.part : a.offset < b.offset;
}

/** Characters start…end of a block, as places in the layout; null when none of its lines was printed. */
function printedRange(lines: PrintedLine[], start: number, end: number): { start: LayoutPlace; end: LayoutPlace } | null {
  if (lines.length === 0) return null;
  const first = lines.find((line) => line.end >= start) ?? lines.at(-1)!;
  const last = [...lines].reverse().find((line) => line.start <= end) ?? first;
  const from = placeOf(first.part, first.at + Math.max(0, Math.min(start, first.end) - first.start));
  const to = placeOf(last.part, last.at + Math.max(0, Math.min(end, last.end) - last.start));
  return before(to, from) ? { start: from, end: from } : { start: from, end: to };
}

function withReplies(comment: ReviewComment, body: string, range: { start: LayoutPlace; end: LayoutPlace }): LayoutComment {
  return {
    author: comment.author,
    date: comment.createdAt,
    body,
    replies: comment.replies.map((reply) => ({ author: reply.author, date: reply.createdAt, body: reply.body })),
    resolved: comment.resolved,
    ...range,
  };
}

export interface PlacedComments {
  comments: LayoutComment[];
  /** Comments put on their item's heading because their words were not printed where they point. */
  onHeadings: number;
}

function placeCommentsOnLayout(document: MinutesDocument, review: ReviewState, layout: LayoutDocument): PlacedComments {
  const blocks = reviewBlocks(document.content);
  const parts = layoutTextParts(layout);
  const lines = printedLines(blocks, parts);
  const comments: LayoutComment[] = [];
  let onHeadings = 0;
  for (const comment of review.comments) {
    const location = resolveAnchor(blocks, comment.anchor);
    const range = location ? printedRange(lines.get(location.block) ?? [], location.start, location.end) : null;
    if (range) {
      comments.push(withReplies(comment, comment.body, range));
      continue;
    }
    // Its item's heading (or the first printed line) keeps the comment in view; the body says what it was on.
    const itemId = location?.block.itemId ?? comment.anchor.itemId;
    const home = parts.find((part) => part.section === 0 && part.itemId === itemId) ?? parts[0];
    if (!home) continue;
    const quote = (location ? location.block.text.slice(location.start, location.end) : comment.anchor.quote).trim();
    const note = location ? 'On words printed in another form' : 'On words no longer in the minutes';
    onHeadings += 1;
    comments.push(
      withReplies(comment, quote ? `(${note}: “${quote}”)\n${comment.body}` : comment.body, { start: placeOf(home, 0), end: placeOf(home, home.text.length) }),
    );
  }
  return { comments, onHeadings };
}

/** Marked on every page of the Word review copy: a draft, with any exempt items in it. */
export const REVIEW_COPY_MARKING = 'Draft for review – not for publication';

/**
 * The layout of the Word review copy: the full version (the chair reviews
 * every item, exempt ones included), no appendices, marked as a draft on
 * every page, with the comments made so far on their words.
 */
export function reviewCopyLayout(document: MinutesDocument): { layout: LayoutDocument; onHeadings: number } {
  const { review } = reviewOf(document);
  const layout = layoutFromDocument(document, { version: 'full', appendices: [] });
  const marked: LayoutDocument = {
    ...layout,
    title: `Draft: ${layout.title}`,
    subject: `${layout.subject} (draft for review)`,
    restrictiveMarking: REVIEW_COPY_MARKING,
  };
  const placed = placeCommentsOnLayout(document, review, marked);
  return { layout: { ...marked, comments: placed.comments }, onHeadings: placed.onHeadings };
}

export async function writeReviewCopyDocx(document: MinutesDocument): Promise<Uint8Array> {
  return writeDocx(reviewCopyLayout(document).layout);
}
