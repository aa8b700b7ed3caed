// The autosave as the page sends it while the clerk types, block by block
// ('autosave/write-blocks'): main rebuilds the whole document from the blocks
// it holds and writes the journal and the file exactly as a whole-document
// autosave would; an update it cannot build on asks for the whole document and
// writes nothing; a malformed one is refused with the file and journal intact.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { paragraphJson } from '../../../core/minutes/serialized-nodes';
import { createEmptyMinutesDocument, serializeMinutesDocument } from '../../../core/storage/minutes-document';
import { createStorageRig, documentSaying, newDocument, type StorageRig } from './storage-harness';

let rig: StorageRig;
beforeEach(async () => {
  rig = await createStorageRig();
});

const shell = JSON.stringify({ ...createEmptyMinutesDocument(), content: { root: { ...createEmptyMinutesDocument().content.root, children: [] } } });
const block = (text: string) => JSON.stringify(paragraphJson(text));

async function namedDocument(): Promise<{ documentId: string; filePath: string }> {
  const documentId = await newDocument(rig);
  const filePath = path.join(rig.directory, 'Planning.minutes');
  rig.dialogs.answerNextSave(filePath);
  await rig.call('document/save', { documentId, document: documentSaying('Opening text') });
  return { documentId, filePath };
}

/** The first update of a document: the whole of it, two blocks. */
function twoBlocksWhole(documentId: string) {
  return {
    documentId,
    base: null,
    revision: 1,
    document: shell,
    order: ['4', '7'],
    blocks: [
      ['4', block('Apologies.')],
      ['7', block('Minutes agreed.')],
    ],
  };
}

async function journalText(): Promise<string> {
  const [journal] = await readdir(path.join(rig.dataDirectory, 'recovery'));
  return readFile(path.join(rig.dataDirectory, 'recovery', journal!), 'utf8');
}

describe('autosave block by block', () => {
  it('writes the file and the journal from the blocks main holds and the ones sent', async () => {
    const { documentId, filePath } = await namedDocument();
    const whole = twoBlocksWhole(documentId);
    expect(await rig.call('autosave/write-blocks', whole)).toMatchObject({ accepted: true, file: 'saved', problem: null });
    // The next save sends the one block typed in; the other comes from what main holds.
    const typed = { documentId, base: 1, revision: 2, document: shell, order: ['4', '9', '7'], blocks: [['9', block('Late item.')]] };
    expect(await rig.call('autosave/write-blocks', typed)).toMatchObject({ accepted: true, file: 'saved' });
    const expected = createEmptyMinutesDocument();
    expected.content.root.children = [paragraphJson('Apologies.'), paragraphJson('Late item.'), paragraphJson('Minutes agreed.')] as never;
    const fromBlocks = await readFile(filePath, 'utf8');
    const journalFromBlocks = JSON.parse(await journalText()).document;
    // Byte for byte the file and journal a whole-document autosave of the same minutes writes.
    await rig.call('autosave/write', { documentId, document: JSON.stringify(expected) });
    expect(fromBlocks).toBe(await readFile(filePath, 'utf8'));
    expect(journalFromBlocks).toEqual(JSON.parse(await journalText()).document);
    expect(JSON.parse(fromBlocks)).toEqual(JSON.parse(serializeMinutesDocument(expected)));
  });

  it('asks for the whole document, writing nothing, when it does not hold the revision an update builds on', async () => {
    const { documentId, filePath } = await namedDocument();
    const before = await readFile(filePath, 'utf8');
    const stale = { documentId, base: 3, revision: 4, document: shell, order: ['4'], blocks: [['4', block('Typed after a lost save.')]] };
    expect(await rig.call('autosave/write-blocks', stale)).toEqual({ accepted: false });
    expect(await readFile(filePath, 'utf8')).toBe(before);
  });

  it('refuses a malformed update, keeping the file and the journal as they were', async () => {
    const { documentId, filePath } = await namedDocument();
    await rig.call('autosave/write-blocks', { documentId, base: null, revision: 1, document: shell, order: ['4'], blocks: [['4', block('Kept.')]] });
    const [file, journal] = [await readFile(filePath, 'utf8'), await journalText()];
    const broken = { documentId, base: 1, revision: 2, document: shell, order: ['4'], blocks: [['4', '{"type":"paragraph",']] };
    await expect(rig.call('autosave/write-blocks', broken)).rejects.toThrow('block 4 is not JSON text');
    await expect(rig.call('autosave/write-blocks', { ...broken, blocks: [['4', '{}']], extra: 1 })).rejects.toThrow('is not valid');
    expect(await readFile(filePath, 'utf8')).toBe(file);
    expect(await journalText()).toBe(journal);
    // The refused update moved nothing on: the next one still builds on revision 1.
    expect(await rig.call('autosave/write-blocks', { ...broken, revision: 3, blocks: [['4', block('Kept, and more.')]] })).toMatchObject({ accepted: true });
    expect(await readFile(filePath, 'utf8')).toContain('Kept, and more.');
  });

  it('applies an update that arrives while the one it builds on is still being applied, in steps, after it', async () => {
    const { documentId, filePath } = await namedDocument();
    // About 600 KB: main rebuilds it a step at a time, with turns of its event loop between, where the next can arrive.
    const order = Array.from({ length: 2_000 }, (_, index) => `b${index}`);
    const texts = order.map((key): [string, string] => [key, block(`${key}: ${'the committee noted the report '.repeat(10)}`)]);
    const whole = rig.call('autosave/write-blocks', { documentId, base: null, revision: 1, document: shell, order, blocks: texts });
    const next = rig.call('autosave/write-blocks', { documentId, base: 1, revision: 2, document: shell, order, blocks: [['b5', block('Typed next.')]] });
    expect(await whole).toMatchObject({ accepted: true, file: 'saved' });
    expect(await next).toMatchObject({ accepted: true, file: 'saved' });
    const saved = JSON.parse(await readFile(filePath, 'utf8'));
    expect(saved.content.root.children).toHaveLength(2_000);
    expect(JSON.stringify(saved.content.root.children[5])).toContain('Typed next.');
  });

  it('writes a Save the page sent after an autosave still in its steps after that autosave, so the file ends with the Save', async () => {
    const { documentId, filePath } = await namedDocument();
    const order = Array.from({ length: 2_000 }, (_, index) => `b${index}`);
    const texts = order.map((key): [string, string] => [key, block(`${key}: ${'the committee noted the report '.repeat(10)}`)]);
    const autosave = rig.call('autosave/write-blocks', { documentId, base: null, revision: 1, document: shell, order, blocks: texts });
    // Sent while main is still rebuilding the autosave's document: what the clerk saves is the newer text.
    const save = rig.call('document/save', { documentId, document: documentSaying('Saved after the autosave') });
    expect(await autosave).toMatchObject({ accepted: true });
    await save;
    const saved = JSON.parse(await readFile(filePath, 'utf8'));
    expect(JSON.stringify(saved.content)).toContain('Saved after the autosave');
    expect(saved.content.root.children).toHaveLength(1);
  });

  it('keeps the order of the revision an update builds on when the update sends none', async () => {
    const { documentId, filePath } = await namedDocument();
    const whole = twoBlocksWhole(documentId);
    expect(await rig.call('autosave/write-blocks', whole)).toMatchObject({ accepted: true });
    const typed = { documentId, base: 1, revision: 2, document: shell, order: null, blocks: [['7', block('Minutes agreed, as amended.')]] };
    expect(await rig.call('autosave/write-blocks', typed)).toMatchObject({ accepted: true, file: 'saved' });
    const saved = JSON.parse(await readFile(filePath, 'utf8'));
    expect(saved.content.root.children.map((child: { children: Array<{ text: string }> }) => child.children[0]!.text)).toEqual([
      'Apologies.',
      'Minutes agreed, as amended.',
    ]);
  });
});
