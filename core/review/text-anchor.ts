// Finding a comment's words again after the minutes have changed around it.
// First where it was (same block, same offset); then every exact occurrence of
// the quote, scored by how much of its surrounding words still match and how
// close it is to where it was; then, for quotes long enough to be worth it,
// the closest loose match (edit distance at most a quarter of the quote).
import { findBlock, type ReviewBlock } from './block-text';
import type { TextAnchor } from './review-schema';

export const CONTEXT_LENGTH = 32;
const WHOLE_BLOCK_QUOTE_LIMIT = 5000;
const FUZZY_MINIMUM = 8;
const FUZZY_RATIO = 0.25;
/** More than any context can score (two contexts of CONTEXT_LENGTH characters, ten points each). */
const OWN_ITEM_FIRST = 2 * CONTEXT_LENGTH * 10 + 10;

export interface ResolvedAnchor {
  block: ReviewBlock;
  start: number;
  end: number;
  /** exact: unchanged place; moved: found by text; fuzzy: found loosely (the words were edited). */
  method: 'exact' | 'moved' | 'fuzzy';
}

/** An anchor for characters start…end of a block (or the whole block). */
export function makeAnchor(block: ReviewBlock, start: number, end: number, wholeBlock = false): TextAnchor {
  const from = wholeBlock ? 0 : Math.max(0, Math.min(start, block.text.length));
  const to = wholeBlock ? Math.min(block.text.length, WHOLE_BLOCK_QUOTE_LIMIT) : Math.max(from, Math.min(end, block.text.length));
  return {
    itemId: block.itemId,
    index: block.index,
    start: from,
    quote: block.text.slice(from, to),
    prefix: block.text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
    suffix: block.text.slice(to, to + CONTEXT_LENGTH),
    wholeBlock,
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

export function resolveAnchor(blocks: ReviewBlock[], anchor: TextAnchor): ResolvedAnchor | null {
  if (!anchor.wholeBlock) return resolveWords(blocks, anchor);
  // A comment on a whole block covers the block wherever its words went; if
  // they were rewritten beyond recognition, the block in its old place.
  const home = findBlock(blocks, anchor.itemId, anchor.index);
  const found = resolveWords(blocks, anchor) ?? (home ? { block: home, start: 0, end: 0, method: 'fuzzy' as const } : null);
  return found ? { ...found, start: 0, end: found.block.text.length } : null;
}

function resolveWords(blocks: ReviewBlock[], anchor: TextAnchor): ResolvedAnchor | null {
  const home = findBlock(blocks, anchor.itemId, anchor.index);
  const quote = anchor.quote;
  // The same words at the same offset are only the same place if the words either side agree too:
  // after an edit earlier in the block (an accepted suggestion), the offset can hold the next
  // "Councillor" along, and the scored search below tells them apart by their context.
  if (home && home.text.slice(anchor.start, anchor.start + quote.length) === quote) {
    const end = anchor.start + quote.length;
    const contextHolds = home.text.slice(0, anchor.start).endsWith(anchor.prefix) && home.text.startsWith(anchor.suffix, end);
    if (contextHolds) return { block: home, start: anchor.start, end, method: 'exact' };
  }
  const exact = bestExactMatch(blocks, anchor, home);
  if (exact && exact.block.itemId === anchor.itemId) return exact;
  // Only another item has the words as they were: the comment's own item may still have them, edited.
  const fuzzy = quote.length >= FUZZY_MINIMUM;
  const ownItem =
    fuzzy && exact
      ? bestFuzzyMatch(
          blocks.filter((block) => block.itemId === anchor.itemId),
          anchor,
          home,
        )
      : null;
  return ownItem ?? exact ?? (fuzzy ? bestFuzzyMatch(blocks, anchor, home) : null);
}

function proximity(block: ReviewBlock, anchor: TextAnchor, home: ReviewBlock | undefined): number {
  if (home && block === home) return 3;
  if (block.itemId === anchor.itemId) return 2 - Math.min(1, Math.abs(block.index - anchor.index) / 10);
  const distance = home ? Math.abs(block.position - home.position) : 0;
  return 1 - Math.min(1, distance / 1000);
}

function bestExactMatch(blocks: ReviewBlock[], anchor: TextAnchor, home: ReviewBlock | undefined): ResolvedAnchor | null {
  // An insertion point has no words of its own: it is found by the words either side.
  const needle = anchor.quote || anchor.prefix + anchor.suffix;
  if (!needle) return null;
  const offsetInNeedle = anchor.quote ? 0 : anchor.prefix.length;
  let best: { score: number; result: ResolvedAnchor } | null = null;
  for (const block of blocks) {
    for (let at = block.text.indexOf(needle); at !== -1; at = block.text.indexOf(needle, at + 1)) {
      const start = at + offsetInNeedle;
      const end = start + anchor.quote.length;
      const context = anchor.quote
        ? commonSuffixLength(anchor.prefix, block.text.slice(0, start)) + commonPrefixLength(anchor.suffix, block.text.slice(end))
        : needle.length;
      // Its own agenda item first, whatever the context says: minutes repeat stock wording ("The
      // report was noted.") from item to item, and when the words around a comment are edited,
      // another item's unedited copy matches the old context better than the comment's own words.
      const ownItem = block.itemId === anchor.itemId ? OWN_ITEM_FIRST : 0;
      const score = ownItem + context * 10 + proximity(block, anchor, home) - Math.min(1, Math.abs(start - anchor.start) / 10000);
      if (!best || score > best.score) best = { score, result: { block, start, end, method: 'moved' } };
    }
  }
  if (!best && !anchor.quote) return bestInsertionByOneSide(blocks, anchor, home);
  return best?.result ?? null;
}

/** An insertion whose words on one side were edited: keep it beside the side that survived. */
function bestInsertionByOneSide(blocks: ReviewBlock[], anchor: TextAnchor, home: ReviewBlock | undefined): ResolvedAnchor | null {
  const candidates: Array<{ block: ReviewBlock; at: number }> = [];
  for (const block of blocks) {
    if (anchor.prefix) {
      const at = block.text.indexOf(anchor.prefix);
      if (at !== -1) candidates.push({ block, at: at + anchor.prefix.length });
    }
    if (anchor.suffix) {
      const at = block.text.indexOf(anchor.suffix);
      if (at !== -1) candidates.push({ block, at });
    }
  }
  candidates.sort((a, b) => proximity(b.block, anchor, home) - proximity(a.block, anchor, home));
  const chosen = candidates[0];
  return chosen && (anchor.prefix.length >= FUZZY_MINIMUM || anchor.suffix.length >= FUZZY_MINIMUM)
    ? { block: chosen.block, start: chosen.at, end: chosen.at, method: 'fuzzy' }
    : null;
}

/**
 * Sellers' approximate substring search: the end of the substring of text
 * closest (in edit distance) to pattern, and that distance.
 */
function closestSubstringEnd(pattern: string, text: string): { end: number; distance: number } {
  let previous = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = { end: 0, distance: pattern.length };
  for (let j = 1; j <= text.length; j += 1) {
    const current = [0];
    for (let i = 1; i <= pattern.length; i += 1) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      current.push(Math.min(previous[i - 1]! + cost, previous[i]! + 1, current[i - 1]! + 1));
    }
    if (current[pattern.length]! < best.distance) best = { end: j, distance: current[pattern.length]! };
    previous = current;
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current.push(Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function bestFuzzyMatch(blocks: ReviewBlock[], anchor: TextAnchor, home: ReviewBlock | undefined): ResolvedAnchor | null {
  const quote = anchor.quote;
  const allowed = Math.floor(quote.length * FUZZY_RATIO);
  let best: { distance: number; score: number; result: ResolvedAnchor } | null = null;
  for (const block of blocks) {
    if (block.text.length < quote.length - allowed) continue;
    const { end, distance } = closestSubstringEnd(quote, block.text);
    if (distance > allowed) continue;
    // The start is where the closest substring ending at `end` begins.
    let start = Math.max(0, end - quote.length);
    let startDistance = Number.POSITIVE_INFINITY;
    for (let s = Math.max(0, end - quote.length - allowed); s <= Math.min(end, end - quote.length + allowed); s += 1) {
      const d = editDistance(block.text.slice(s, end), quote);
      if (d < startDistance) [start, startDistance] = [s, d];
    }
    const score = proximity(block, anchor, home);
    if (!best || distance < best.distance || (distance === best.distance && score > best.score)) {
      best = { distance, score, result: { block, start, end, method: 'fuzzy' } };
    }
  }
  return best?.result ?? null;
}
