// Turns the chair's Track Changes in a returned Word document into suggested
// edits the clerk accepts or rejects in the Review panel. Each changed Word
// paragraph is matched, by its text before the changes, to the block that
// holds it (wherever the item now is; printed wording around the clerk's
// words allowed, as for comments), and the block's edited text goes through
// suggestionsFromEdit, the same as an edit made in Minute Book. When the
// block's words have changed since the copy was sent, each change is placed
// on its own by its words and the words either side. A change that cannot be
// placed, or that splits or joins paragraphs (which a suggestion cannot do),
// is reported with its words, never dropped. Importing the same file twice
// adds nothing the second time.
import type { MinutesDocument } from '../storage/minutes-document';
import { ReviewRuleError } from './approval';
import { reviewBlocks, type ReviewBlock } from './block-text';
import { caseless, holderOf, NOWHERE, stableId } from './import-word-comments';
import { reviewOf, withReview } from './review-schema';
import { addSuggestion, suggestionsFromEdit, type NewSuggestion } from './suggestions';
import { CONTEXT_LENGTH, makeAnchor, resolveAnchor } from './text-anchor';
import type { TrackedParagraph, WordTrackedChanges } from './word-tracked-changes';

export interface UnplacedChange {
  author: string;
  date: string | null;
  deleted: string;
  inserted: string;
  /** not-found: its words are not in the minutes (or only in printed wording); new-paragraph / paragraph-break: suggestions cannot add or join blocks. */
  reason: 'not-found' | 'new-paragraph' | 'paragraph-break';
  /** The Word paragraph as the chair left it, so the clerk can find the place. */
  paragraph: string;
}

export interface TrackedChangesOutcome {
  document: MinutesDocument;
  suggestions: number;
  unplacedChanges: UnplacedChange[];
  formattingChanges: number;
  /** Changed paragraphs already imported from this file before, left out. */
  duplicates: number;
}

/** A run of inserted and deleted pieces, at characters start…end of the paragraph's "before" text. */
interface Change {
  start: number;
  end: number;
  deleted: string;
  inserted: string;
  author: string;
  date: string | null;
}

interface Options {
  importedAt: string;
  fallbackAuthor: string;
}

/** Printed context shorter than this is not enough to place a change whose block has changed. */
const MINIMUM_CONTEXT = 8;
const NEAR_CONTEXT = 16;
/** The review schema's limit: more would make the review field unreadable. */
const MAX_SUGGESTIONS = 5000;

function changesOf(paragraph: TrackedParagraph): Change[] {
  const changes: Change[] = [];
  let cursor = 0;
  let open: Change | null = null;
  for (const piece of paragraph.pieces) {
    if (piece.kind === 'kept') {
      open = null;
      cursor += piece.text.length;
      continue;
    }
    if (!open) {
      open = { start: cursor, end: cursor, deleted: '', inserted: '', author: piece.author, date: piece.date };
      changes.push(open);
    }
    if (piece.kind === 'deleted') {
      open.deleted += piece.text;
      cursor += piece.text.length;
      open.end = cursor;
    } else open.inserted += piece.text;
  }
  return changes;
}

const lower = (text: string) => text.toLocaleLowerCase('en-GB');

/** The block holding the paragraph's "before" text, and where the block's text starts in it. */
function holderFor(blocks: ReviewBlock[], before: string, lastPosition: number): { block: ReviewBlock; offset: number } | null {
  for (const [candidates, text] of [
    [blocks, before],
    [caseless(blocks), lower(before)],
  ] as const) {
    // Equal paragraphs (two items saying "None.") are taken in the order Word has them.
    const equal = candidates.filter((block) => block.text === text);
    const chosen = equal.find((block) => block.position > lastPosition) ?? equal[0];
    if (chosen) return { block: blocks[candidates.indexOf(chosen)]!, offset: 0 };
    const holder = holderOf(candidates, text);
    const offset = holder ? text.indexOf(holder.text) : -1;
    if (holder && offset !== -1) return { block: blocks[candidates.indexOf(holder)]!, offset };
  }
  return null;
}

/** The block's text with the changes that fall within it made; kept words come from the block itself. */
function editedText(block: ReviewBlock, offset: number, paragraph: TrackedParagraph): string {
  const end = offset + block.text.length;
  let edited = '';
  let cursor = 0;
  for (const piece of paragraph.pieces) {
    if (piece.kind === 'inserted') {
      if (cursor >= offset && cursor <= end) edited += piece.text;
      continue;
    }
    const from = Math.max(cursor, offset);
    const to = Math.min(cursor + piece.text.length, end);
    if (piece.kind === 'kept' && to > from) edited += block.text.slice(from - offset, to - offset);
    cursor += piece.text.length;
  }
  return edited;
}

const within = (change: Change, offset: number, end: number) =>
  change.deleted ? change.end > offset && change.start < end : change.start >= offset && change.start <= end;

function contextLength(block: ReviewBlock, start: number, end: number, prefix: string, suffix: string): number {
  let before = 0;
  while (before < prefix.length && before < start && prefix[prefix.length - 1 - before] === block.text[start - 1 - before]) before += 1;
  let after = 0;
  while (after < suffix.length && end + after < block.text.length && suffix[after] === block.text[end + after]) after += 1;
  return before + after;
}

/**
 * Signs each suggestion with the Word change it came from, and joins the
 * suggestions one Word change was split into (the word diff keeps a space or
 * a "/" it has in common), so "was noted" → "is agreed" is one decision.
 */
function byWordChange(block: ReviewBlock, offset: number, edits: NewSuggestion[], changes: Change[]): Array<{ edit: NewSuggestion; by: Change }> {
  const signed: Array<{ edit: NewSuggestion; by: Change; start: number; end: number }> = [];
  for (const edit of edits) {
    const start = edit.anchor.start;
    const end = start + edit.anchor.quote.length;
    const by = changes.find((change) => change.start - offset <= end && change.end - offset >= start) ?? changes[0]!;
    const previous = signed.at(-1);
    if (previous && previous.by === by) {
      const between = block.text.slice(previous.end, start);
      previous.edit = { ...previous.edit, anchor: makeAnchor(block, previous.start, end), replacement: previous.edit.replacement + between + edit.replacement };
      previous.end = end;
    } else signed.push({ edit, by, start, end });
  }
  return signed;
}

/** One change placed by its own words and the words either side, when no block holds its paragraph as sent. */
function placeChange(blocks: ReviewBlock[], before: string, change: Change): NewSuggestion['anchor'] | null {
  // The nearest words first: the clerk may have edited the sentence further away since.
  for (const reach of [CONTEXT_LENGTH, NEAR_CONTEXT]) {
    const prefix = before.slice(Math.max(0, change.start - reach), change.start);
    const suffix = before.slice(change.end, change.end + reach);
    const found = resolveAnchor(blocks, { itemId: NOWHERE, index: 0, start: 0, quote: change.deleted, prefix, suffix, wholeBlock: false });
    // Loose matches are not safe for an edit, and a short quote can be found anywhere: its neighbours must agree.
    if (!found || found.method === 'fuzzy') continue;
    if (contextLength(found.block, found.start, found.end, prefix, suffix) >= Math.min(MINIMUM_CONTEXT, prefix.length + suffix.length)) {
      return makeAnchor(found.block, found.start, found.end);
    }
  }
  return null;
}

export function importWordTrackedChanges(document: MinutesDocument, tracked: WordTrackedChanges, options: Options): TrackedChangesOutcome {
  const { review, problem } = reviewOf(document);
  if (problem) throw new ReviewRuleError(problem);
  const blocks = reviewBlocks(document.content);
  const authorOf = (change: Pick<Change, 'author'>) => change.author || options.fallbackAuthor || 'Word reviewer';
  const unplacedChanges: UnplacedChange[] = [];
  const unplaced = (change: Pick<Change, 'author' | 'date' | 'deleted' | 'inserted'>, reason: UnplacedChange['reason'], paragraph: TrackedParagraph) =>
    unplacedChanges.push({
      author: authorOf(change),
      date: change.date,
      deleted: change.deleted,
      inserted: change.inserted,
      reason,
      paragraph: paragraph.after.slice(0, 300),
    });
  const added: NewSuggestion[] = [];
  const seen = new Map<string, number>();
  let duplicates = 0;
  let lastPosition = -1;

  for (const paragraph of tracked.paragraphs) {
    const mark = paragraph.mark ?? { author: '', date: null };
    if (!paragraph.before.trim()) {
      if (paragraph.after.trim()) unplaced({ ...mark, ...changesOf(paragraph)[0], deleted: '', inserted: paragraph.after }, 'new-paragraph', paragraph);
      continue;
    }
    // A split, or a paragraph joined to the next with words left in it: the break cannot be suggested, its words can.
    if (paragraph.mark?.kind === 'inserted' || (paragraph.mark?.kind === 'deleted' && paragraph.after.trim())) {
      unplaced({ ...mark, deleted: '', inserted: '' }, 'paragraph-break', paragraph);
    }
    const changes = changesOf(paragraph);
    if (changes.length === 0) continue;
    const ordinal = seen.get(paragraph.before + paragraph.after) ?? 0;
    seen.set(paragraph.before + paragraph.after, ordinal + 1);
    const key = stableId('word-edit', paragraph.before, paragraph.after, String(ordinal));
    if (review.suggestions.some((suggestion) => suggestion.id.startsWith(`${key}-`))) {
      duplicates += 1;
      continue;
    }
    const made: NewSuggestion[] = [];
    const holder = holderFor(blocks, paragraph.before, lastPosition);
    if (holder) {
      lastPosition = holder.block.position;
      const end = holder.offset + holder.block.text.length;
      const inside = changes.filter((change) => within(change, holder.offset, end));
      for (const change of changes.filter((candidate) => !inside.includes(candidate))) unplaced(change, 'not-found', paragraph);
      const edits = suggestionsFromEdit(holder.block, editedText(holder.block, holder.offset, paragraph), { author: '', createdAt: '', newId: () => '' });
      for (const { edit, by } of byWordChange(holder.block, holder.offset, edits, inside)) {
        made.push({ ...edit, author: authorOf(by), createdAt: by.date ?? options.importedAt });
      }
    } else {
      for (const change of changes) {
        const anchor = placeChange(blocks, paragraph.before, change);
        if (anchor) made.push({ id: '', author: authorOf(change), createdAt: change.date ?? options.importedAt, anchor, replacement: change.inserted });
        else unplaced(change, 'not-found', paragraph);
      }
    }
    made.forEach((suggestion, n) => added.push({ ...suggestion, id: `${key}-${n}` }));
  }
  if (review.suggestions.length + added.length > MAX_SUGGESTIONS) {
    throw new ReviewRuleError(
      `This Word document has ${added.length} tracked changes to bring in, more than the ${MAX_SUGGESTIONS} suggested edits a set of minutes can hold. Accept or reject most of them in Word first, then import it again.`,
    );
  }
  return {
    document: withReview(document, added.reduce(addSuggestion, review)),
    suggestions: added.length,
    unplacedChanges,
    formattingChanges: tracked.formattingChanges,
    duplicates,
  };
}
