// Compares two versions of a set of minutes (a returned review copy, a
// history snapshot, the document now) block by block: agenda items matched by
// their id wherever they moved, blocks within an item aligned by their text,
// and for a changed block the words added and removed. Pure: the Compare
// view and any export of a comparison read the same result.
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { LexicalState } from '../storage/lexical-state';
import { reviewBlocks, type ReviewBlock } from './block-text';

export type WordChange = { text: string; change: 'same' | 'added' | 'removed' };

export interface BlockComparison {
  change: 'same' | 'added' | 'removed' | 'changed';
  type: string;
  before: string | null;
  after: string | null;
  /** For a changed block: its text word by word, marked. */
  words: WordChange[];
  /** Details held outside the text (a vote's counts, a member's name), before and after, when they differ. */
  details: { before: string; after: string } | null;
}

export interface ItemComparison {
  itemId: string | null;
  change: 'same' | 'added' | 'removed' | 'changed';
  /** The title now (or, for a removed item, as it was). */
  title: string;
  titleWords: WordChange[] | null;
  blocks: BlockComparison[];
}

export interface VersionComparison {
  items: ItemComparison[];
  counts: { added: number; removed: number; changed: number };
}

interface Group {
  itemId: string | null;
  heading: ReviewBlock | null;
  blocks: ReviewBlock[];
}

const LAYOUT_KEYS = new Set([
  'type',
  'version',
  'direction',
  'format',
  'indent',
  'textFormat',
  'textStyle',
  'children',
  'text',
  'itemId',
  'mode',
  'detail',
  'style',
]);

/** The block's own fields outside its text, as "name: value" pairs, so a changed count or name shows. */
function detailsOf(block: ReviewBlock): string {
  return Object.entries(block.node)
    .filter(([key, value]) => !LAYOUT_KEYS.has(key) && value !== null && value !== '' && typeof value !== 'object')
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join('; ');
}

function groupsOf(content: LexicalState): Group[] {
  const groups: Group[] = [{ itemId: null, heading: null, blocks: [] }];
  for (const block of reviewBlocks(content)) {
    if (block.type === 'agenda-item') groups.push({ itemId: block.itemId, heading: block, blocks: [] });
    else groups.at(-1)!.blocks.push(block);
  }
  return groups[0]!.blocks.length ? groups : groups.slice(1);
}

function words(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before, after).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}

function similarity(before: string, after: string): number {
  const longest = Math.max(before.length, after.length);
  if (longest === 0) return 1;
  const kept = diffWordsWithSpace(before, after)
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.value.length, 0);
  return kept / longest;
}

const keyOf = (block: ReviewBlock) => `${block.type}\u0000${block.text}\u0000${detailsOf(block)}`;

function single(change: 'added' | 'removed', block: ReviewBlock): BlockComparison {
  const text = block.text;
  return {
    change,
    type: block.type,
    before: change === 'removed' ? text : null,
    after: change === 'added' ? text : null,
    words: [{ text, change }],
    details: null,
  };
}

function changed(before: ReviewBlock, after: ReviewBlock): BlockComparison {
  const detailsBefore = detailsOf(before);
  const detailsAfter = detailsOf(after);
  return {
    change: 'changed',
    type: after.type,
    before: before.text,
    after: after.text,
    words: words(before.text, after.text),
    details: detailsBefore === detailsAfter ? null : { before: detailsBefore, after: detailsAfter },
  };
}

/** A run of removed blocks followed by added ones: pairs of the same kind and similar words are changes. */
function pairRun(removed: ReviewBlock[], added: ReviewBlock[]): BlockComparison[] {
  const result: BlockComparison[] = [];
  let nextAdded = 0;
  for (const old of removed) {
    const match = added.findIndex((candidate, i) => i >= nextAdded && candidate.type === old.type && similarity(old.text, candidate.text) >= 0.4);
    if (match === -1) {
      result.push(single('removed', old));
      continue;
    }
    for (const skipped of added.slice(nextAdded, match)) result.push(single('added', skipped));
    result.push(changed(old, added[match]!));
    nextAdded = match + 1;
  }
  for (const rest of added.slice(nextAdded)) result.push(single('added', rest));
  return result;
}

function compareBlocks(before: ReviewBlock[], after: ReviewBlock[]): BlockComparison[] {
  const result: BlockComparison[] = [];
  let removed: ReviewBlock[] = [];
  let added: ReviewBlock[] = [];
  const flush = () => {
    result.push(...pairRun(removed, added));
    removed = [];
    added = [];
  };
  for (const part of diffArrays(before, after, { comparator: (a, b) => keyOf(a) === keyOf(b) })) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      for (const block of part.value)
        result.push({ change: 'same', type: block.type, before: block.text, after: block.text, words: [{ text: block.text, change: 'same' }], details: null });
    }
  }
  flush();
  return result;
}

function compareGroup(before: Group | null, after: Group | null): ItemComparison {
  const title = (after ?? before)!.heading?.text ?? '';
  if (!before || !after) {
    const change = before ? 'removed' : 'added';
    return { itemId: (after ?? before)!.itemId, change, title, titleWords: null, blocks: (after ?? before)!.blocks.map((block) => single(change, block)) };
  }
  const blocks = compareBlocks(before.blocks, after.blocks);
  const oldTitle = before.heading?.text ?? '';
  const titleWords = oldTitle === title ? null : words(oldTitle, title);
  const change = titleWords || blocks.some((block) => block.change !== 'same') ? 'changed' : 'same';
  return { itemId: after.itemId, change, title, titleWords, blocks };
}

export function compareVersions(before: LexicalState, after: LexicalState): VersionComparison {
  const oldGroups = groupsOf(before);
  const newGroups = groupsOf(after);
  const oldById = new Map(oldGroups.map((group) => [group.itemId, group]));
  const newIds = new Set(newGroups.map((group) => group.itemId));
  const items: ItemComparison[] = [];
  // Items in their new order; an item that no longer exists is shown where it used to be.
  for (const part of diffArrays(
    oldGroups.map((g) => g.itemId),
    newGroups.map((g) => g.itemId),
  )) {
    for (const itemId of part.value) {
      if (part.removed) {
        if (!newIds.has(itemId)) items.push(compareGroup(oldById.get(itemId)!, null));
      } else {
        items.push(
          compareGroup(
            oldById.get(itemId) ?? null,
            newGroups.find((group) => group.itemId === itemId)!,
          ),
        );
      }
    }
  }
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const item of items) {
    for (const block of item.blocks) if (block.change !== 'same') counts[block.change] += 1;
    if (item.titleWords) counts.changed += 1;
  }
  return { items, counts };
}
