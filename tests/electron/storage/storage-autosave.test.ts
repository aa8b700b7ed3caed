// Autosave through the handler table: journal always, the named file when it
// can be written, failures reported (not thrown) with the old file intact,
// versions at least every five minutes, journals cleared on a clean close.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_MINUTES_FILE_BYTES, parseMinutesFile } from '../../../core/storage/parse-minutes-file';
import { createStorageRig, documentSaying, newDocument, type StorageRig } from './storage-harness';

let rig: StorageRig;
beforeEach(async () => {
  rig = await createStorageRig();
});

async function journalFiles(): Promise<string[]> {
  return readdir(path.join(rig.dataDirectory, 'recovery')).catch(() => []);
}

async function saveAs(documentId: string, name: string, text: string): Promise<string> {
  const filePath = path.join(rig.directory, name);
  rig.dialogs.answerNextSave(filePath);
  await rig.call('document/save', { documentId, document: documentSaying(text) });
  return filePath;
}

describe('autosave', () => {
  it('keeps an untitled document in the data folder only', async () => {
    const documentId = await newDocument(rig);
    const result = await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('Apologies received.')) });
    expect(result).toEqual({ journaledAt: '2022-03-23T18:45:00.000Z', file: 'untitled', problem: null });
    const [journal] = await journalFiles();
    const stored = JSON.parse(await readFile(path.join(rig.dataDirectory, 'recovery', journal!), 'utf8'));
    expect(stored).toMatchObject({ kind: 'minute-book-recovery', displayName: 'Untitled minutes', filePath: null });
    expect(JSON.stringify(stored.document)).toContain('Apologies received.');
  });

  it('writes the named file as well, so it is saved continuously', async () => {
    const documentId = await newDocument(rig);
    const filePath = await saveAs(documentId, 'Cabinet.minutes', 'First');
    const result = await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('First and second')) });
    expect(result).toMatchObject({ file: 'saved', problem: null });
    const parsed = parseMinutesFile(await readFile(filePath));
    expect(parsed.ok && JSON.stringify(parsed.document)).toContain('First and second');
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the folder is read-only'],
    ['EACCES', 'permission was refused'],
    ['ENOENT', 'the file or its folder no longer exists (is a network drive'],
    ['EBUSY', 'the file is locked by another program'],
  ])('reports %s on the file, keeps the old file whole and the text in the journal', async (code, words) => {
    const documentId = await newDocument(rig);
    const filePath = await saveAs(documentId, 'Audit.minutes', 'Saved text');
    const before = await readFile(filePath);
    rig.documentFs.inject({ op: 'writeNew', code, halfway: true });
    const result = (await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('Newer text')) })) as Record<string, unknown>;
    expect(result.file).toBe('failed');
    expect(result.problem).toContain(`“Audit.minutes” could not be saved: ${words}`);
    expect(result.journaledAt).toBe(rig.clock.now().toISOString());
    expect(Buffer.compare(await readFile(filePath), before)).toBe(0);
    const journals = await journalFiles();
    expect(await readFile(path.join(rig.dataDirectory, 'recovery', journals[0]!), 'utf8')).toContain('Newer text');
  });

  it('says so when even the recovery copy cannot be written', async () => {
    const documentId = await newDocument(rig);
    rig.dataFs.inject({ op: 'writeNew', code: 'ENOSPC' });
    const result = (await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('x')) })) as Record<string, unknown>;
    expect(result.journaledAt).toBeNull();
    expect(result.problem).toContain('could not keep its recovery copy (the disk is full), so keep this window open');
  });

  it('never writes a file opened read-only', async () => {
    const documentId = await newDocument(rig);
    const filePath = await saveAs(documentId, 'Shared.minutes', 'Owner text');
    await newDocument(rig, 2);
    rig.dialogs.answerNextOpen(filePath);
    const locked = (await rig.call('document/open', { replaceCurrent: true }, 2)) as { status: string; token: string };
    expect(locked.status).toBe('locked');
    const opened = (await rig.call('lock/open-read-only', { token: locked.token }, 2)) as { opened: { documentId: string; readOnly: boolean } };
    expect(opened.opened.readOnly).toBe(true);
    const result = await rig.call('autosave/write', { documentId: opened.opened.documentId, document: JSON.stringify(documentSaying('Intruder')) }, 2);
    expect(result).toMatchObject({ file: 'read-only', problem: null });
    expect(await readFile(filePath, 'utf8')).not.toContain('Intruder');
  });

  it('takes a version at least every five minutes of editing, and one per explicit save', async () => {
    const documentId = await newDocument(rig);
    await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('one')) });
    rig.clock.advance(4 * 60 * 1000);
    await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('two')) });
    expect(await rig.call('history/list', { documentId })).toEqual({ versions: [] });
    rig.clock.advance(60 * 1000);
    await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('three')) });
    const listed = (await rig.call('history/list', { documentId })) as { versions: Array<{ reason: string }> };
    expect(listed.versions.map((version) => version.reason)).toEqual(['interval']);

    rig.clock.advance(1000);
    await saveAs(documentId, 'Named.minutes', 'four');
    const after = (await rig.call('history/list', { documentId })) as { versions: Array<{ reason: string; savedAt: string }> };
    expect(after.versions.map((version) => version.reason)).toEqual(['save', 'interval']); // untitled versions followed it
  });

  it('clears the journal on a clean close, keeps it for untitled or unsaved work', async () => {
    const named = await newDocument(rig, 1);
    await saveAs(named, 'Clean.minutes', 'saved');
    await rig.call('autosave/write', { documentId: named, document: JSON.stringify(documentSaying('saved and autosaved')) }, 1);
    const untitled = await newDocument(rig, 2);
    await rig.call('autosave/write', { documentId: untitled, document: JSON.stringify(documentSaying('never named')) }, 2);
    expect(await journalFiles()).toHaveLength(2);

    rig.registry.release(1);
    rig.registry.release(2);
    await expect.poll(journalFiles).toHaveLength(1);
    expect(await readFile(path.join(rig.dataDirectory, 'recovery', (await journalFiles())[0]!), 'utf8')).toContain('never named');
  });

  it('never overwrites a file another program changed since it was last saved', async () => {
    const documentId = await newDocument(rig);
    const filePath = await saveAs(documentId, 'Synced.minutes', 'ours');
    await writeFile(filePath, 'someone else’s bytes, longer than before');
    const result = (await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('ours, typed on')) })) as Record<string, unknown>;
    expect(result).toMatchObject({ file: 'failed', problem: expect.stringContaining('“Synced.minutes” was changed by another program') });
    await expect(rig.call('document/save', { documentId, document: documentSaying('ours') })).rejects.toThrow('use Save As');
    expect(await readFile(filePath, 'utf8')).toBe('someone else’s bytes, longer than before');

    rig.dialogs.answerNextSave(filePath); // Save As onto the same name is the clerk's explicit choice
    await rig.call('document/save-as', { documentId, document: documentSaying('ours, kept') });
    expect(await readFile(filePath, 'utf8')).toContain('ours, kept');
    expect(await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('ours, kept and more')) })).toMatchObject({ file: 'saved' });
  });

  it('clears temporary files a crashed writer left beside a document it opens', async () => {
    const documentId = await newDocument(rig);
    const filePath = await saveAs(documentId, 'Litter.minutes', 'text');
    rig.registry.release(1);
    await expect.poll(async () => readdir(rig.directory)).not.toContain('.Litter.minutes.lock');
    await writeFile(path.join(rig.directory, '.Litter.minutes.0123456789ab.tmp'), 'half a');
    await newDocument(rig, 2);
    rig.dialogs.answerNextOpen(filePath);
    await rig.call('document/open', { replaceCurrent: true }, 2);
    expect((await readdir(rig.directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('runs one document’s writes in order: an autosave racing a Save never lands after it or looks like an outside change', async () => {
    const documentId = await newDocument(rig);
    const filePath = await saveAs(documentId, 'Race.minutes', 'start');
    for (let round = 0; round < 25; round += 1) {
      const older = rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying(`autosave ${round}`)) });
      const newer = rig.call('document/save', { documentId, document: documentSaying(`saved ${round}`) });
      await expect(Promise.all([older, newer])).resolves.toMatchObject([{ file: 'saved', problem: null }, { status: 'saved' }]);
      expect(await readFile(filePath, 'utf8')).toContain(`saved ${round}`);
    }
  });
  it('refuses an autosave whose document is not JSON text, or not a minutes document, and writes nothing', async () => {
    const documentId = await newDocument(rig);
    await expect(rig.call('autosave/write', { documentId, document: '{"formatVersion": 1, "meeting": ' })).rejects.toThrow(
      /“autosave\/write” was refused: document is not valid \(not JSON text\)/,
    );
    await expect(rig.call('autosave/write', { documentId, document: JSON.stringify({ formatVersion: 'one' }) })).rejects.toMatchObject({
      code: 'invalid-payload',
    });
    await expect(rig.call('autosave/write', { documentId, document: documentSaying('an object, not text') })).rejects.toMatchObject({
      code: 'invalid-payload',
    });
    await expect(rig.call('autosave/write', { documentId, document: ' '.repeat(MAX_MINUTES_FILE_BYTES + 1) })).rejects.toThrow(
      /larger than a minutes file can be/,
    );
    expect(await journalFiles()).toEqual([]);
  });
});
