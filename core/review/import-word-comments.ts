// Places comments from a returned Word document on the minutes: each is
// anchored by the words it covers (with the words around them in Word),
// wherever those words now are; failing that, by its whole paragraph, loosely.
// A comment whose words cannot be found is still kept, and shows as such.
// Replies join their comment; comments marked done in Word arrive resolved.
// Importing the same file twice adds nothing the second time.
import type { MinutesDocument } from '../storage/minutes-document';
import { ReviewRuleError } from './approval';
import { reviewBlocks, type ReviewBlock } from './block-text';
import { reviewOf, withReview, type ReviewComment, type TextAnchor } from './review-schema';
import { CONTEXT_LENGTH, makeAnchor, resolveAnchor } from './text-anchor';
import type { WordComment } from './word-comments';

export interface WordImportOutcome {
  document: MinutesDocument;
  imported: number;
  unplaced: number;
  duplicates: number;
}

/** A stable id from what the comment says, so a second import of the same file is recognised. */
export function stableId(prefix: string, ...parts: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}-${hash.toString(16).padStart(8, '0')}`;
}

/** An anchor with no home in the minutes: found by its words alone. */
export const NOWHERE = '\u0000word';

/**
 * The blocks with their text in lower case, where that keeps every offset:
 * the Word copy prints item titles in capitals, so words commented on there
 * are found again whatever their case.
 */
export function caseless(blocks: ReviewBlock[]): ReviewBlock[] {
  return blocks.map((block) => {
    const text = block.text.toLocaleLowerCase('en-GB');
    return text.length === block.text.length ? { ...block, text } : block;
  });
}

function placeComment(blocks: ReviewBlock[], comment: WordComment): TextAnchor | null {
  const exact = placeByText(blocks, comment);
  if (exact) return exact;
  const folded = caseless(blocks);
  const lower = (text: string) => text.toLocaleLowerCase('en-GB');
  const found = placeByText(folded, { ...comment, quote: lower(comment.quote), paragraph: lower(comment.paragraph) });
  if (!found) return null;
  // The same place in the block's own text.
  const block = blocks[folded.findIndex((candidate) => candidate.itemId === found.itemId && candidate.index === found.index)]!;
  return makeAnchor(block, found.start, found.start + found.quote.length, found.wholeBlock);
}

/** Shorter block texts ("N/A") say too little about where a paragraph came from. */
const HOLDER_MINIMUM = 12;

/**
 * The block whose whole text the Word paragraph holds: a printed paragraph
 * wraps the clerk's words in standard wording ("Councillor X declared a
 * personal interest as …", "5 HOUSING"), so the words commented on may lie
 * partly outside the block's own text.
 */
export function holderOf(blocks: ReviewBlock[], paragraph: string): ReviewBlock | null {
  let best: ReviewBlock | null = null;
  for (const block of blocks) {
    const text = block.text.trim();
    if (text.length >= HOLDER_MINIMUM && text.length > (best?.text.trim().length ?? 0) && paragraph.includes(text)) best = block;
  }
  return best;
}

function placeByText(blocks: ReviewBlock[], comment: Pick<WordComment, 'quote' | 'paragraph' | 'offset'>): TextAnchor | null {
  const holder = holderOf(blocks, comment.paragraph);
  // The paragraph's own block first, so words that also appear elsewhere are not taken from there.
  if (holder) return placeByWords([holder], comment) ?? makeAnchor(holder, 0, 0, true);
  return placeByWords(blocks, comment);
}

function placeByWords(blocks: ReviewBlock[], comment: Pick<WordComment, 'quote' | 'paragraph' | 'offset'>): TextAnchor | null {
  const { quote, paragraph, offset } = comment;
  if (quote.trim()) {
    const byWords = resolveAnchor(blocks, {
      itemId: NOWHERE,
      index: 0,
      start: 0,
      quote,
      prefix: paragraph.slice(Math.max(0, offset - CONTEXT_LENGTH), offset),
      suffix: paragraph.slice(offset + quote.length, offset + quote.length + CONTEXT_LENGTH),
      wholeBlock: false,
    });
    if (byWords) return makeAnchor(byWords.block, byWords.start, byWords.end);
  }
  if (paragraph.trim()) {
    const byParagraph = resolveAnchor(blocks, { itemId: NOWHERE, index: 0, start: 0, quote: paragraph, prefix: '', suffix: '', wholeBlock: true });
    if (byParagraph) return makeAnchor(byParagraph.block, 0, 0, true);
  }
  return null;
}

export function importWordComments(
  document: MinutesDocument,
  comments: WordComment[],
  options: { importedAt: string; fallbackAuthor: string },
): WordImportOutcome {
  const { review, problem } = reviewOf(document);
  if (problem) throw new ReviewRuleError(problem);
  const blocks = reviewBlocks(document.content);
  const existing = new Set(review.comments.map((comment) => comment.id));
  const added: ReviewComment[] = [];
  const idOf = new Map<string, string>();
  let unplaced = 0;
  let duplicates = 0;
  const authorOf = (comment: WordComment) => comment.author || options.fallbackAuthor || 'Word reviewer';
  for (const comment of comments.filter((candidate) => candidate.replyTo === null)) {
    const id = stableId('word', authorOf(comment), comment.date ?? '', comment.body, comment.quote);
    idOf.set(comment.wordId, id);
    if (existing.has(id)) {
      duplicates += 1;
      continue;
    }
    let anchor = placeComment(blocks, comment);
    if (!anchor) {
      unplaced += 1;
      const first = blocks[0];
      anchor = {
        itemId: first?.itemId ?? null,
        index: first?.index ?? 0,
        start: 0,
        quote: comment.quote || comment.paragraph,
        prefix: '',
        suffix: '',
        wholeBlock: false,
      };
    }
    const createdAt = comment.date ?? options.importedAt;
    added.push({
      id,
      author: authorOf(comment),
      createdAt,
      body: comment.body,
      anchor,
      replies: [],
      resolved: comment.done,
      resolvedBy: comment.done ? authorOf(comment) : null,
      resolvedAt: comment.done ? options.importedAt : null,
      source: 'word',
    });
    existing.add(id);
  }
  for (const reply of comments.filter((candidate) => candidate.replyTo !== null)) {
    const parent = added.find((comment) => comment.id === idOf.get(reply.replyTo!));
    if (!parent) continue;
    parent.replies.push({
      id: stableId('word-reply', authorOf(reply), reply.date ?? '', reply.body),
      author: authorOf(reply),
      createdAt: reply.date ?? options.importedAt,
      body: reply.body,
    });
    if (reply.done) Object.assign(parent, { resolved: true, resolvedBy: authorOf(reply), resolvedAt: options.importedAt });
  }
  return {
    document: withReview(document, { ...review, comments: [...review.comments, ...added] }),
    imported: added.length,
    unplaced,
    duplicates,
  };
}
