// Recovery after a crash: every document left behind, newest first, restored
// exactly; declining keeps it; discarding removes it; a second crash during
// recovery loses nothing; the file's own text is kept as a version.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStorageRig, documentSaying, newDocument, type StorageRig } from './storage-harness';

let rig: StorageRig;
beforeEach(async () => {
  rig = await createStorageRig();
});

interface Listed {
  entries: Array<{ recoveryId: string; displayName: string; savedAt: string; hasFile: boolean; fileUpToDate: boolean; wordCount: number }>;
}

describe('recovery', () => {
  it('lists the work of every document left open, newest first, and never while it is still open', async () => {
    const first = await newDocument(rig, 1);
    await rig.call('autosave/write', { documentId: first, document: JSON.stringify(documentSaying('older work here')) }, 1);
    rig.clock.advance(60_000);
    const second = await newDocument(rig, 2);
    await rig.call('autosave/write', { documentId: second, document: JSON.stringify(documentSaying('newer')) }, 2);
    expect(await rig.call('recovery/list', {}, 3)).toEqual({ entries: [] });

    // The windows' pages crash and reload: their documents are orphaned.
    await newDocument(rig, 1);
    await newDocument(rig, 2);
    const listed = (await rig.call('recovery/list', {}, 3)) as Listed;
    expect(listed.entries.map((entry) => [entry.savedAt, entry.wordCount])).toEqual([
      ['2022-03-23T18:46:00.000Z', 1],
      ['2022-03-23T18:45:00.000Z', 3],
    ]);
    expect(JSON.stringify(listed)).not.toContain(rig.directory); // no paths reach the page
  });

  it('restores the text exactly, re-journals it first, and keeps what the file held as a version', async () => {
    const documentId = await newDocument(rig, 1);
    const filePath = path.join(rig.directory, 'Scrutiny.minutes');
    rig.dialogs.answerNextSave(filePath);
    await rig.call('document/save', { documentId, document: documentSaying('in the file') }, 1);
    rig.documentFs.inject({ op: 'writeNew', code: 'ENOSPC', always: true });
    const typed = documentSaying('typed after the disk filled up');
    await rig.call('autosave/write', { documentId, document: JSON.stringify(typed) }, 1);
    rig.documentFs.clear();
    rig.registry.release(1); // the app dies; on restart nothing is open

    const listed = (await rig.call('recovery/list', {}, 5)) as Listed;
    expect(listed.entries).toMatchObject([{ displayName: 'Scrutiny', hasFile: true, fileUpToDate: false }]);
    const restored = (await rig.call('recovery/restore', { recoveryId: listed.entries[0]!.recoveryId }, 5)) as {
      opened: { documentId: string; hasFile: boolean; document: unknown };
      problem: string | null;
    };
    expect(restored.opened.document).toEqual(typed);
    expect(restored).toMatchObject({ opened: { hasFile: true, displayName: 'Scrutiny' }, problem: null });
    expect(await rig.call('recovery/list', {}, 6)).toEqual({ entries: [] }); // now live under the new document

    const versions = (await rig.call('history/list', { documentId: restored.opened.documentId }, 5)) as { versions: Array<{ reason: string }> };
    expect(versions.versions.map((version) => version.reason)).toContain('before-restore');
    await rig.call('autosave/write', { documentId: restored.opened.documentId, document: JSON.stringify(typed) }, 5);
    expect(await readFile(filePath, 'utf8')).toContain('typed after the disk filled up');
  });

  it('makes the recovery folder again when it has gone, so journalling comes back without a restart', async () => {
    const documentId = await newDocument(rig);
    await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('first words')) });
    const folder = path.join(rig.dataDirectory, 'recovery');
    await rm(folder, { recursive: true });
    await writeFile(folder, 'a file where the folder was');
    expect(await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('second words')) })).toMatchObject({ journaledAt: null });

    await rm(folder);
    expect(await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('third words')) })).toMatchObject({
      journaledAt: rig.clock.now().toISOString(),
    });
    const [journal] = await readdir(folder);
    expect(await readFile(path.join(folder, journal!), 'utf8')).toContain('third words');
  });

  it('keeps a declined copy until it is discarded', async () => {
    const documentId = await newDocument(rig, 1);
    await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('keep me')) }, 1);
    rig.registry.release(1);
    const listed = (await rig.call('recovery/list', {}, 2)) as Listed;
    expect((await rig.call('recovery/list', {}, 2)) as Listed).toEqual(listed);
    await rig.call('recovery/discard', { recoveryId: listed.entries[0]!.recoveryId }, 2);
    expect(await rig.call('recovery/list', {}, 2)).toEqual({ entries: [] });
  });

  it('skips a damaged journal without deleting it', async () => {
    const documentId = await newDocument(rig, 1);
    await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('x')) }, 1);
    rig.registry.release(1);
    const listed = (await rig.call('recovery/list', {}, 2)) as Listed;
    const journalPath = path.join(rig.dataDirectory, 'recovery', `${listed.entries[0]!.recoveryId}.journal.json`);
    await writeFile(journalPath, '{"kind":"minute-book-recovery","journalVer');
    expect(await rig.call('recovery/list', {}, 2)).toEqual({ entries: [] });
    expect(await readFile(journalPath, 'utf8')).toContain('journalVer');
  });
});
