// The autosave sends the minutes block by block: the page sends the blocks
// changed since the last save main accepted (each top-level block's JSON text,
// by the editor's key for it) and the order of all of them, and main rebuilds
// the whole document from the blocks it already holds. A save in a
// 160,000-word meeting then carries the paragraph typed in, not 1.5 MB, on
// the page's main thread. Every update names the revision it builds on: when
// main does not hold exactly that revision (a save lost, a document reopened)
// it asks for the whole document again rather than guess.
import { minutesTextProblem, minutesValueProblem } from './minutes-limits';
import { topLevelBlockSchema } from './lexical-state';
import { minutesDocumentSchema, type MinutesDocument } from './minutes-document';
import { MAX_MINUTES_FILE_BYTES } from './parse-minutes-file';

export interface MinutesBlocksUpdate {
  /** The revision main last accepted that this builds on; null: the whole document (every block is in `blocks`). */
  base: number | null;
  /** This update's revision, above `base`. */
  revision: number;
  /** The document as JSON text, its root's children left empty: the meeting, the root's own fields. */
  document: string;
  /** Every top-level block's key, in order; null: the order of `base`, unchanged (never for a whole document). */
  order: string[] | null;
  /** The blocks new or changed since `base`, as [key, JSON text]. */
  blocks: Array<[string, string]>;
}

/** The blocks of the revision main last accepted for one document. */
export interface MinutesBlockStore {
  revision: number;
  blocks: Map<string, { value: unknown; length: number }>;
}

export type BlocksOutcome =
  | { kind: 'document'; document: MinutesDocument; store: MinutesBlockStore }
  /** Main does not hold the revision the update builds on: the page sends the whole document. */
  | { kind: 'needs-whole' }
  /** The update is malformed or breaks a limit a file must keep: nothing is written. */
  | { kind: 'refused'; problem: string };

/** What main accepted last from the page: the revision, and the order of its blocks (the page's array, by identity). */
export interface BlocksSent {
  revision: number;
  order: readonly string[];
}

/**
 * The update the page sends: on `sent` (null: the whole document), the blocks in `unsent` (every block changed since
 * the revision main accepted, some perhaps since removed) and the order if it is not `sent.order`. The page keeps
 * `unsent` itself: a save costs what was typed since the last one, never a look at every block.
 */
export function minutesBlocksUpdate(
  sent: BlocksSent | null,
  unsent: ReadonlySet<string>,
  revision: number,
  document: string,
  order: readonly string[],
  texts: ReadonlyMap<string, string>,
): MinutesBlocksUpdate {
  const textOf = (key: string): [string, string] => {
    const text = texts.get(key);
    if (text === undefined) throw new Error(`Block ${key} is in the order but has no text.`);
    return [key, text];
  };
  if (sent === null) return { base: null, revision, document, order: [...order], blocks: order.map(textOf) };
  // A block changed and then removed is not sent: main would refuse a block its order does not hold.
  const blocks = [...unsent].filter((key) => texts.has(key)).map(textOf);
  return { base: sent.revision, revision, document, order: order === sent.order ? null : [...order], blocks };
}

/**
 * Characters of block text parsed and checked in one step of applyMinutesBlocksInSteps, a millisecond or so of work: the
 * first autosave after a meeting opens sends every block, 1.5 MB at 160,000 words, and main's thread carries the keys.
 */
const BLOCK_TEXT_A_STEP = 100_000;
/** A block counts as at least this many characters: checking one has a cost of its own, and an update of many tiny blocks must still pause. */
const BLOCK_TEXT_AT_LEAST = 200;

/** The whole document the update and the blocks main holds make, checked as a file read from disk would be. */
export function applyMinutesBlocks(store: MinutesBlockStore | null, update: MinutesBlocksUpdate): BlocksOutcome {
  const steps = minutesBlocksSteps(store, update);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, with `pause` awaited between steps of about BLOCK_TEXT_A_STEP characters (main: the event loop's next turn). */
export async function applyMinutesBlocksInSteps(
  store: MinutesBlockStore | null,
  update: MinutesBlocksUpdate,
  pause: () => Promise<void>,
): Promise<BlocksOutcome> {
  const steps = minutesBlocksSteps(store, update);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/**
 * Yields between steps. Only the blocks sent are parsed and checked, each against the schema of a top-level block: the
 * blocks kept from the revision before passed that check when they came, and the document's schema checks nothing
 * across blocks. The shell is checked with no children, then given the blocks, so the document is what checking the
 * whole of it would give (tests/core/minutes-blocks.test.ts compares the file with the whole document's, byte for byte).
 */
function* minutesBlocksSteps(store: MinutesBlockStore | null, update: MinutesBlocksUpdate): Generator<void, BlocksOutcome, void> {
  if (update.base !== null && (store === null || store.revision !== update.base)) return { kind: 'needs-whole' };
  if (update.base !== null && update.revision <= update.base) return refused('its revision is not after the one it builds on');
  const changed = new Map<string, string>();
  for (const [key, text] of update.blocks) {
    if (changed.has(key)) return refused(`block ${key} is sent twice`);
    changed.set(key, text);
  }
  // No order: the revision it builds on keeps its own (a whole document always sends one).
  const order = update.order ?? (update.base !== null && store !== null ? [...store.blocks.keys()] : null);
  if (order === null) return refused('it sends the whole document with no order');
  const next = new Map<string, { value: unknown; length: number }>();
  let length = update.document.length;
  let parsedInStep = 0;
  for (const [index, key] of order.entries()) {
    if (next.has(key)) return refused(`block ${key} is in the order twice`);
    const text = changed.get(key);
    let block = update.base === null ? undefined : store?.blocks.get(key);
    if (text !== undefined) {
      const parsed = parseObject(text);
      if (typeof parsed === 'string') return refused(`block ${key} ${parsed}`);
      const checked = topLevelBlockSchema.safeParse(parsed);
      if (!checked.success) return refused(notValid(['content', 'root', 'children', index], checked.error.issues[0]));
      block = { value: checked.data, length: text.length };
      parsedInStep += Math.max(text.length, BLOCK_TEXT_AT_LEAST);
    }
    if (block === undefined) {
      if (update.base === null) return refused(`block ${key} is in the order but not sent`);
      // A block main never had, and the page thought it had: start again from the whole document.
      return { kind: 'needs-whole' };
    }
    next.set(key, block);
    length += block.length + 1;
    if (length > MAX_MINUTES_FILE_BYTES) return refused('it is larger than a minutes file can be');
    if (parsedInStep >= BLOCK_TEXT_A_STEP) {
      parsedInStep = 0;
      yield;
    }
  }
  if (changed.size > 0 && [...changed.keys()].some((key) => !next.has(key))) return refused('it sends a block that is not in its order');

  const shell = parseObject(update.document);
  if (typeof shell === 'string') return refused(`the document ${shell}`);
  const content = shell.content as { root?: Record<string, unknown> } | null | undefined;
  if (typeof content !== 'object' || content === null || typeof content.root !== 'object' || content.root === null) {
    return refused('the document has no minutes root');
  }
  content.root.children = [];
  const checked = minutesDocumentSchema.safeParse(shell);
  if (!checked.success) return refused(notValid([], checked.error.issues[0]));
  const document = checked.data;
  document.content.root.children = [...next.values()].map((block) => block.value as MinutesDocument['content']['root']['children'][number]);
  // The limits count the whole document (its depth, its values): checked on the whole, as a file read from disk is.
  const limit = minutesValueProblem(document);
  if (limit) return refused(limit);
  return { kind: 'document', document, store: { revision: update.revision, blocks: next } };
}

function notValid(at: ReadonlyArray<PropertyKey>, issue: { path: ReadonlyArray<PropertyKey>; message: string } | undefined): string {
  const where = [...at, ...(issue?.path ?? [])].map(String).join('.');
  return `the document is not valid at ${where || 'its top'} (${issue?.message ?? 'bad input'})`;
}

/** The text parsed as a JSON object, or what is wrong with it. */
function parseObject(text: string): Record<string, unknown> | string {
  const limit = minutesTextProblem(text);
  if (limit) return limit;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not JSON text';
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : 'is not a JSON object';
}

function refused(problem: string): BlocksOutcome {
  return { kind: 'refused', problem };
}
