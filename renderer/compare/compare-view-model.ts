// Turns core's comparison of two versions into what the Compare view shows:
// each item with its minute number before and after (and whether it moved),
// runs of unchanged blocks and of unchanged items folded into one line, and
// the changes numbered in reading order so the clerk can step through them.
// Pure data, so the folding and numbering are tested without a page.
import { diffArrays } from 'diff';
import { minuteNumber, type NumberingScheme } from '../../core/model/minute-numbering';
import { reviewBlocks } from '../../core/review/block-text';
import type { BlockComparison, ItemComparison, VersionComparison } from '../../core/review/compare-versions';
import type { LexicalState } from '../../core/storage/lexical-state';

/** Runs of at least this many unchanged blocks (or items) are folded into one line. */
const FOLD_AT = 2;

export interface ShownBlock {
  kind: 'block';
  key: string;
  block: BlockComparison;
  /** Its place in the list of changes, or null when it is unchanged. */
  stop: number | null;
}

export interface FoldedBlocks {
  kind: 'folded-blocks';
  key: string;
  blocks: BlockComparison[];
}

export interface ItemView {
  key: string;
  item: ItemComparison;
  /** The minute number in the version compared from and in the one compared to (null where the item is not there). */
  numberBefore: string | null;
  numberAfter: string | null;
  /** The item is in both versions but in a different order among the others. */
  moved: boolean;
  /** Its place in the list of changes when the heading itself changed (retitled, moved, added, removed). */
  stop: number | null;
  rows: Array<ShownBlock | FoldedBlocks>;
}

export type CompareSection = { kind: 'item'; view: ItemView } | { kind: 'folded-items'; key: string; views: ItemView[] };

export interface CompareViewModel {
  sections: CompareSection[];
  /** How many places the clerk can step to. */
  stopCount: number;
  counts: VersionComparison['counts'] & { moved: number };
}

/** Minute numbers by item id, as the numbering plugin prints them. */
function minuteNumbersOf(content: LexicalState, scheme: NumberingScheme): Map<string | null, string> {
  const numbers = new Map<string | null, string>();
  const headings = reviewBlocks(content).filter((block) => block.type === 'agenda-item');
  headings.forEach((block, index) => numbers.set(block.itemId, minuteNumber(scheme, index)));
  return numbers;
}

/** Items in both versions whose order relative to the others changed. */
export function movedItemIds(before: Array<string | null>, after: Array<string | null>): Set<string | null> {
  const inBoth = new Set(before.filter((id) => after.includes(id)));
  const moved = new Set<string | null>();
  const parts = diffArrays(
    before.filter((id) => inBoth.has(id)),
    after.filter((id) => inBoth.has(id)),
  );
  for (const part of parts) if (part.added) for (const id of part.value) moved.add(id);
  return moved;
}

function foldRuns<T, F>(entries: T[], unchanged: (entry: T) => boolean, fold: (run: T[]) => F): Array<T | F> {
  const result: Array<T | F> = [];
  let run: T[] = [];
  const flush = () => {
    if (run.length >= FOLD_AT) result.push(fold(run));
    else result.push(...run);
    run = [];
  };
  for (const entry of entries) {
    if (unchanged(entry)) run.push(entry);
    else {
      flush();
      result.push(entry);
    }
  }
  flush();
  return result;
}

/** An empty paragraph (a blank line made by Enter) holds no words: not worth showing, counting or a stop. */
function isBlankLine(block: BlockComparison): boolean {
  return block.type === 'paragraph' && block.change !== 'changed' && (block.after ?? block.before ?? '').trim() === '';
}

function countChanges(items: ItemView[], moved: number): CompareViewModel['counts'] {
  const counts = { added: 0, removed: 0, changed: 0, moved };
  for (const view of items) {
    if (view.item.titleWords) counts.changed += 1;
    for (const row of view.rows) {
      const blocks = row.kind === 'block' ? [row.block] : row.blocks;
      for (const block of blocks) if (block.change !== 'same') counts[block.change] += 1;
    }
  }
  return counts;
}

interface VersionSide {
  content: LexicalState;
  numbering: NumberingScheme;
}

export function buildCompareViewModel(comparison: VersionComparison, before: VersionSide, after: VersionSide): CompareViewModel {
  const numbersBefore = minuteNumbersOf(before.content, before.numbering);
  const numbersAfter = minuteNumbersOf(after.content, after.numbering);
  const moved = movedItemIds([...numbersBefore.keys()], [...numbersAfter.keys()]);
  let stopCount = 0;
  const nextStop = () => stopCount++;

  const views = comparison.items.map((item, itemIndex): ItemView => {
    const key = `item-${itemIndex}-${item.itemId ?? 'preamble'}`;
    const isMoved = moved.has(item.itemId);
    const wholeItem = item.change === 'added' || item.change === 'removed';
    const stop = wholeItem || isMoved || item.titleWords ? nextStop() : null;
    const shown = item.blocks
      .filter((block) => !isBlankLine(block))
      .map((block, blockIndex): ShownBlock => ({
        kind: 'block',
        key: `${key}-block-${blockIndex}`,
        block,
        // A whole item added or removed is one change, reached at its heading.
        stop: block.change !== 'same' && !wholeItem ? nextStop() : null,
      }));
    const rows = foldRuns(
      shown,
      (row) => row.block.change === 'same',
      (run): FoldedBlocks => ({ kind: 'folded-blocks', key: `${run[0]!.key}-folded`, blocks: run.map((row) => row.block) }),
    );
    return {
      key,
      item,
      numberBefore: item.change === 'added' ? null : (numbersBefore.get(item.itemId) ?? null),
      numberAfter: item.change === 'removed' ? null : (numbersAfter.get(item.itemId) ?? null),
      moved: isMoved,
      stop,
      rows,
    };
  });

  const sections = foldRuns<CompareSection, CompareSection>(
    views.map((view) => ({ kind: 'item', view })),
    (section) => section.kind === 'item' && section.view.item.change === 'same' && !section.view.moved,
    (run) => ({
      kind: 'folded-items',
      key: `${run[0]!.kind === 'item' ? run[0]!.view.key : 'items'}-folded`,
      views: run.flatMap((section) => (section.kind === 'item' ? [section.view] : [])),
    }),
  );
  return { sections, stopCount, counts: countChanges(views, moved.size) };
}

/** "Minute 3", "Minute 4 (was 2)", "Minute 2 (removed)" — never just a number a screen reader reads alone. */
export function minuteLabel(view: Pick<ItemView, 'numberBefore' | 'numberAfter'>): string {
  const { numberBefore, numberAfter } = view;
  if (numberAfter === null && numberBefore === null) return 'Before the first item';
  if (numberAfter === null) return `Minute ${numberBefore} (removed)`;
  if (numberBefore === null) return `Minute ${numberAfter} (added)`;
  return numberBefore === numberAfter ? `Minute ${numberAfter}` : `Minute ${numberAfter} (was ${numberBefore})`;
}

/** "3 unchanged items (minutes 4 to 6)", by the numbers they have now. */
export function foldedItemsLabel(views: ReadonlyArray<Pick<ItemView, 'numberBefore' | 'numberAfter'>>): string {
  const numbers = views.map((view) => view.numberAfter ?? view.numberBefore).filter((number): number is string => number !== null);
  const count = views.length === 1 ? '1 unchanged item' : `${views.length} unchanged items`;
  if (numbers.length === 0) return count;
  return numbers.length === 1 ? `${count} (minute ${numbers[0]})` : `${count} (minutes ${numbers[0]} to ${numbers.at(-1)})`;
}

/** "Cabinet decision" for 'cabinet-decision'; null for plain paragraphs, which need no label. */
export function blockKindLabel(type: string): string | null {
  if (type === 'paragraph') return null;
  const words = type.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : null;
}

/** One line summing up the differences, in plain words. */
export function describeCounts(counts: CompareViewModel['counts']): string {
  const parts: string[] = [];
  const add = (count: number, one: string, many: string) => {
    if (count > 0) parts.push(count === 1 ? one : `${count} ${many}`);
  };
  add(counts.changed, '1 changed block', 'changed blocks');
  add(counts.added, '1 added block', 'added blocks');
  add(counts.removed, '1 removed block', 'removed blocks');
  add(counts.moved, '1 moved item', 'moved items');
  return parts.length ? parts.join(', ') : 'No differences: the two versions say the same.';
}
