// The autosave sends the minutes block by block (core/storage/minutes-blocks.ts):
// whatever the clerk did between saves, and whichever saves main never
// received, the document main rebuilds must be the one the page holds, to the
// byte of the file it writes; a malformed update writes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaItemJson, paragraphJson } from '../../core/minutes/serialized-nodes';
import {
  applyMinutesBlocks,
  applyMinutesBlocksInSteps,
  minutesBlocksUpdate,
  type BlocksSent,
  type MinutesBlocksUpdate,
  type MinutesBlockStore,
} from '../../core/storage/minutes-blocks';
import { createEmptyMinutesDocument, minutesDocumentSchema, serializeMinutesDocument, type MinutesDocument } from '../../core/storage/minutes-document';

/** The page's side: the document as blocks by key, as the editor's writer gives them. */
interface PageMinutes {
  document: MinutesDocument;
  keys: string[];
}

function pageBlocks(page: PageMinutes) {
  const { root } = page.document.content;
  const texts = new Map(page.keys.map((key, index) => [key, JSON.stringify(root.children[index])]));
  const shell = JSON.stringify({ ...page.document, content: { root: { ...root, children: [] } } });
  return { shell, texts };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/** The file main would write had the page sent the whole document as JSON text ('autosave/write'). */
function wholeFile(document: MinutesDocument): string {
  return serializeMinutesDocument(minutesDocumentSchema.parse(JSON.parse(JSON.stringify(document))));
}

function seeded(): PageMinutes {
  const document = createEmptyMinutesDocument();
  document.content.root.children = [agendaItemJson({ itemId: 'item-1', title: 'Apologies' }), paragraphJson('None received.')] as never;
  return { document, keys: ['1', '2'] };
}

type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'venue'; text: string }
  /** Undo: the page goes back to an earlier state, blocks and keys as they were then. */
  | { kind: 'undo'; back: number }
  /** A save: sent, and main receives it or not (a lost reply, a main that forgot the document). */
  | { kind: 'save'; arrives: boolean; mainForgets: boolean };

const words = fc.string({ maxLength: 10, unit: fc.constantFrom('a', ' ', 'é', '"', '\\', '\n', '£', '\u2028') });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: words }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: words }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('venue' as const), text: words }),
  fc.record({ kind: fc.constant('undo' as const), back: fc.nat({ max: 6 }) }),
  fc.record({ kind: fc.constant('save' as const), arrives: fc.boolean(), mainForgets: fc.boolean() }),
);

function apply(page: PageMinutes, change: Edit, nextKey: () => string, history: PageMinutes[]): void {
  if (change.kind === 'undo') {
    const older = history[Math.max(0, history.length - 1 - change.back)]!;
    page.document = structuredClone(older.document);
    page.keys = [...older.keys];
    return;
  }
  const children = page.document.content.root.children as unknown[];
  const count = children.length;
  switch (change.kind) {
    case 'type':
      // Lexical never changes a node in place: a typed letter makes a new block object (and a new text).
      if (count > 0) children[change.at % count] = paragraphJson(`${JSON.stringify(children[change.at % count]).length} ${change.text}`);
      break;
    case 'insert':
      children.splice(change.at % (count + 1), 0, paragraphJson(change.text));
      page.keys.splice(change.at % (count + 1), 0, nextKey());
      break;
    case 'remove':
      if (count > 0) {
        children.splice(change.at % count, 1);
        page.keys.splice(change.at % count, 1);
      }
      break;
    case 'move':
      if (count > 1) {
        const [block] = children.splice(change.from % count, 1);
        const [key] = page.keys.splice(change.from % count, 1);
        children.splice(change.to % count, 0, block);
        page.keys.splice(change.to % count, 0, key!);
      }
      break;
    case 'venue':
      page.document = { ...page.document, meeting: { ...page.document.meeting, venue: change.text } };
      break;
    case 'save':
      break;
  }
}

describe('the autosave block by block', () => {
  it('rebuilds in main the file the whole document would make, after any edits and lost saves', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const page = seeded();
        let keyCounter = 100;
        const nextKey = () => String(keyCounter++);
        let store: MinutesBlockStore | null = null;
        // The page's side, as useAutosave keeps it: what main accepted last, the blocks changed since, and (as the
        // editor's writer does) the order's array kept while the order is the same, and each block's text last read.
        let sent: BlocksSent | null = null;
        let unsent = new Set<string>();
        let order: readonly string[] = [];
        let lastTexts = new Map<string, string>();
        let revision = 0;
        const save = (arrives: boolean) => {
          const { shell, texts } = pageBlocks(page);
          if (!sameKeys(order, page.keys)) order = [...page.keys];
          for (const [key, text] of texts) if (lastTexts.get(key) !== text) unsent.add(key);
          lastTexts = texts;
          let update = minutesBlocksUpdate(sent, unsent, ++revision, shell, order, texts);
          let outcome = applyMinutesBlocks(store, update);
          if (outcome.kind === 'needs-whole') {
            update = minutesBlocksUpdate(null, unsent, ++revision, shell, order, texts);
            outcome = applyMinutesBlocks(store, update);
          }
          if (outcome.kind !== 'document') throw new Error(`not rebuilt: ${JSON.stringify(outcome)}`);
          expect(serializeMinutesDocument(outcome.document)).toBe(wholeFile(page.document));
          store = outcome.store;
          // Main took it; the page hears so only if the reply arrives, else it builds on the older revision.
          if (arrives) {
            sent = { revision: update.revision, order };
            unsent = new Set();
          }
        };
        save(true);
        const history: PageMinutes[] = [structuredClone(page)];
        for (const change of edits) {
          apply(page, change, nextKey, history);
          history.push(structuredClone(page));
          if (change.kind === 'save') {
            if (change.mainForgets) store = null;
            save(change.arrives);
          }
        }
        save(true);
      }),
      { numRuns: 300 },
    );
  });

  it('sends only the blocks changed since the revision main accepted, and the order only when it changed', () => {
    const page = seeded();
    const first = pageBlocks(page);
    const whole = minutesBlocksUpdate(null, new Set(), 1, first.shell, page.keys, first.texts);
    expect(whole).toMatchObject({ base: null, order: ['1', '2'] });
    expect(whole.blocks.map(([key]) => key)).toEqual(['1', '2']);
    const texts = new Map(first.texts).set('2', JSON.stringify(paragraphJson('None received. One late.')));
    const next = minutesBlocksUpdate({ revision: 1, order: page.keys }, new Set(['2']), 2, first.shell, page.keys, texts);
    expect(next).toMatchObject({ base: 1, revision: 2, order: null });
    expect(next.blocks.map(([key]) => key)).toEqual(['2']);
    // Main keeps the order of the revision it builds on.
    const accepted = applyMinutesBlocks(null, whole);
    const rebuilt = applyMinutesBlocks(accepted.kind === 'document' ? accepted.store : null, next);
    expect(rebuilt.kind === 'document' && rebuilt.document.content.root.children.map((block) => JSON.stringify(block))).toEqual(
      ['1', '2'].map((key) => texts.get(key)),
    );
    // A new order is sent whole; a block changed and then removed is not sent at all.
    const moved = minutesBlocksUpdate({ revision: 1, order: page.keys }, new Set(['2', '7']), 3, first.shell, ['2', '1'], texts);
    expect(moved).toMatchObject({ order: ['2', '1'] });
    expect(moved.blocks.map(([key]) => key)).toEqual(['2']);
  });

  describe('when main cannot build on the update', () => {
    const page = seeded();
    const { shell, texts } = pageBlocks(page);
    const accepted = applyMinutesBlocks(null, minutesBlocksUpdate(null, new Set(), 1, shell, page.keys, texts));
    const on = (revision: number): BlocksSent => ({ revision, order: page.keys });
    const store = accepted.kind === 'document' ? accepted.store : null;

    it('asks for the whole document when it holds another revision, or none', () => {
      expect(applyMinutesBlocks(null, minutesBlocksUpdate(on(1), new Set(), 2, shell, page.keys, texts))).toEqual({ kind: 'needs-whole' });
      expect(applyMinutesBlocks(store, minutesBlocksUpdate(on(7), new Set(), 8, shell, page.keys, texts))).toEqual({ kind: 'needs-whole' });
    });

    it('asks for the whole document when the order names a block it never had', () => {
      const update = minutesBlocksUpdate(on(1), new Set(), 2, shell, [...page.keys, '99'], new Map(texts).set('99', '{}'));
      expect(applyMinutesBlocks(store, { ...update, blocks: [] })).toEqual({ kind: 'needs-whole' });
    });

    const base = (): MinutesBlocksUpdate => minutesBlocksUpdate(on(1), new Set(['2']), 2, shell, [...page.keys], texts);
    it.each<[string, MinutesBlocksUpdate, string]>([
      ['a block that is not JSON', { ...base(), blocks: [['2', '{"type":']] }, 'block 2 is not JSON text'],
      ['a block that is not an object', { ...base(), blocks: [['2', '[1]']] }, 'block 2 is not a JSON object'],
      [
        'a block sent twice',
        {
          ...base(),
          blocks: [
            ['2', '{}'],
            ['2', '{}'],
          ],
        },
        'block 2 is sent twice',
      ],
      ['a key twice in the order', { ...base(), order: ['1', '2', '2'] }, 'block 2 is in the order twice'],
      ['a block outside the order', { ...base(), blocks: [['5', '{}']] }, 'it sends a block that is not in its order'],
      ['a revision that goes back', { ...base(), revision: 1 }, 'its revision is not after the one it builds on'],
      [
        'a whole document missing a block',
        { ...minutesBlocksUpdate(null, new Set(), 3, shell, page.keys, texts), blocks: [] },
        'block 1 is in the order but not sent',
      ],
      [
        'a whole document with no order',
        { ...minutesBlocksUpdate(null, new Set(), 3, shell, page.keys, texts), order: null },
        'it sends the whole document with no order',
      ],
      ['a document with no minutes root', { ...base(), document: '{"formatVersion":1}' }, 'the document has no minutes root'],
      ['a block that is no minutes node', { ...base(), blocks: [['2', '{"version":1}']] }, 'the document is not valid at content.root.children.1'],
      [
        'a block holding an agenda item heading',
        { ...base(), blocks: [['2', JSON.stringify({ ...paragraphJson('x'), children: [agendaItemJson({ itemId: 'item-2', title: 'Hidden' })] })]] },
        'the document is not valid at content.root.children.1 (an agenda item heading stands inside another block)',
      ],
      ['a block nested past the limit', { ...base(), blocks: [['2', `${'{"a":'.repeat(300)}1${'}'.repeat(300)}`]] }, 'block 2 '],
    ])('refuses %s, writing nothing', (_what, update, problem) => {
      const outcome = applyMinutesBlocks(store, update);
      expect(outcome.kind).toBe('refused');
      expect(outcome.kind === 'refused' && outcome.problem).toContain(problem);
    });
  });

  it('applied in steps while main pauses between them, gives what applying it at once gives', async () => {
    // A meeting of about 600 KB: the first autosave after it opens sends every block.
    const page = seeded();
    for (let index = 0; index < 2_000; index += 1) {
      (page.document.content.root.children as unknown[]).push(paragraphJson(`Paragraph ${index}: ${'the committee noted the report '.repeat(10)}`));
      page.keys.push(`p${index}`);
    }
    const { shell, texts } = pageBlocks(page);
    const update = minutesBlocksUpdate(null, new Set(), 1, shell, page.keys, texts);
    let pauses = 0;
    const inSteps = await applyMinutesBlocksInSteps(null, update, async () => {
      pauses += 1;
    });
    // About 100,000 characters a step.
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(inSteps).toEqual(applyMinutesBlocks(null, update));
    expect(inSteps.kind === 'document' && serializeMinutesDocument(inSteps.document)).toBe(wholeFile(page.document));
    // An update of many tiny blocks pauses too: each counts as at least 200 characters of work.
    const tiny = minutesBlocksUpdate(null, new Set(), 1, shell, page.keys, new Map(page.keys.map((key) => [key, JSON.stringify(paragraphJson(''))])));
    let tinyPauses = 0;
    expect(await applyMinutesBlocksInSteps(null, tiny, async () => void (tinyPauses += 1))).toMatchObject({ kind: 'document' });
    expect(tinyPauses).toBeGreaterThanOrEqual(3);
    // A refusal found after a pause is still a refusal, and nothing of the update is kept.
    const broken = { ...update, blocks: update.blocks.map(([key, text]): [string, string] => [key, key === 'p1999' ? '{"version":1}' : text]) };
    expect(await applyMinutesBlocksInSteps(null, broken, async () => undefined)).toMatchObject({ kind: 'refused' });
  });
});
