// Real disks, through the handler table (issue 13, D4, D6, D10 and D5): a
// folder flush that fails after the rename; file permissions, read-only files
// and symbolic links; a drive unplugged with its mount point left behind; and
// temporary files earlier runs left behind. Each fails without its fix.
import { chmod, lstat, mkdir, readFile, readdir, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodeStorageFs } from '../../../electron/main/storage/storage-fs';
import { jargonIn } from '../clerk-words';
import { createStorageRig, documentSaying, newDocument, type StorageRig } from './storage-harness';

let rig: StorageRig;
beforeEach(async () => {
  rig = await createStorageRig();
});

async function savedAs(name: string, text: string): Promise<{ documentId: string; filePath: string }> {
  const documentId = await newDocument(rig);
  const filePath = path.join(rig.directory, name);
  rig.dialogs.answerNextSave(filePath);
  await rig.call('document/save', { documentId, document: documentSaying(text) });
  return { documentId, filePath };
}

const autosave = (documentId: string, text: string) =>
  rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying(text)) }) as Promise<{ file: string; problem: string | null }>;

describe('a folder that will not flush after the rename (D4)', () => {
  it('reports the save as done, and later saves are not refused as "changed by another program"', async () => {
    const { documentId, filePath } = await savedAs('Licensing.minutes', 'First');
    rig.documentFs.inject({ op: 'syncDirectory', code: 'EIO' });
    expect(await autosave(documentId, 'Second')).toMatchObject({ file: 'saved', problem: null });
    expect(await autosave(documentId, 'Third')).toMatchObject({ file: 'saved', problem: null });
    await rig.call('document/save', { documentId, document: documentSaying('Fourth') });
    expect(await readFile(filePath, 'utf8')).toContain('Fourth');
  });
});

describe('saving keeps what the file is (D6)', () => {
  it('keeps a confidential file readable by its owner only', async () => {
    const { documentId, filePath } = await savedAs('Exempt items.minutes', 'First');
    await chmod(filePath, 0o600);
    await autosave(documentId, 'Second');
    expect((await stat(filePath)).mode & 0o777).toBe(0o600);
  });

  it('refuses to overwrite a file marked read-only, and says how to go on', async () => {
    const { documentId, filePath } = await savedAs('Signed.minutes', 'As signed');
    await chmod(filePath, 0o444);
    const result = await autosave(documentId, 'Changed after signing');
    expect(result.file).toBe('failed');
    expect(result.problem).toContain('“Signed.minutes” could not be saved: the file is marked read-only');
    expect(jargonIn(result.problem!)).toEqual([]);
    expect(await readFile(filePath, 'utf8')).toContain('As signed');
    expect((await stat(filePath)).mode & 0o777).toBe(0o444);
  });

  it('saves through a symbolic link into the shared file, and locks the shared file', async () => {
    const shared = path.join(rig.directory, 'shared');
    const mine = path.join(rig.directory, 'mine');
    await mkdir(shared);
    await mkdir(mine);
    const { filePath: sharedFile } = await savedAs('shared/Cabinet.minutes', 'Revision 1');
    rig.registry.release(1);
    await rig.storage.whenReleased();
    const link = path.join(mine, 'Cabinet.minutes');
    await symlink(sharedFile, link);
    rig.dialogs.answerNextOpen(link);
    const opened = (await rig.call('document/open', { replaceCurrent: true }, 2)) as { opened: { documentId: string } };
    await rig.call('autosave/write', { documentId: opened.opened.documentId, document: JSON.stringify(documentSaying('Revision 2')) }, 2);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(sharedFile, 'utf8')).toContain('Revision 2');
    expect(await readdir(shared)).toContain('.Cabinet.minutes.lock');
    expect(await readdir(mine)).toEqual(['Cabinet.minutes']);
  });
});

describe('a drive unplugged with its mount point left behind (D10)', () => {
  it('does not save into the empty folder left behind', async () => {
    const { documentId, filePath } = await savedAs('Planning.minutes', 'On the stick');
    // The stick goes: the file with it, and the folder now belongs to the computer's own disk.
    const real = nodeStorageFs.stat;
    rig.dataFs.stat = async (target) => ({ ...(await real(target)), ...(target === rig.directory ? { dev: -1 } : {}) });
    await import('node:fs/promises').then(({ unlink }) => unlink(filePath));
    const result = await autosave(documentId, 'More');
    expect(result.file).toBe('failed');
    expect(result.problem).toContain('seems to have been disconnected');
    expect(await readdir(rig.directory)).not.toContain('Planning.minutes');
  });
});

describe('temporary files from runs killed part way through a write (D5)', () => {
  it('are removed beside the document (the backup’s too) and in the data folder, but not a current one', async () => {
    const { filePath } = await savedAs('Audit.minutes', 'Text');
    const old = new Date('2020-01-01T00:00:00Z');
    const leftovers = [
      path.join(rig.directory, '.Audit.minutes.0123456789ab.tmp'),
      path.join(rig.directory, '.Audit.backup.minutes.0123456789ab.tmp'),
      path.join(rig.dataDirectory, 'recovery', '.rec-doc-1.journal.json.0123456789ab.tmp'),
      path.join(rig.dataDirectory, 'versions', 'some-key', '.2022.minutes.0123456789ab.tmp'),
    ];
    const current = path.join(rig.dataDirectory, 'recovery', '.rec-doc-2.journal.json.ba9876543210.tmp');
    for (const file of [...leftovers, current]) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, 'half a file');
    }
    for (const file of leftovers) await utimes(file, old, old);
    // The window closes; the file is opened again (which locks it and clears beside it), and the app starts again.
    rig.registry.release(1);
    await rig.storage.whenReleased();
    expect((await rig.storage.lock(filePath)).status).toBe('acquired');
    await rig.storage.sweepOwnFolders();
    const remaining = [
      ...(await readdir(rig.directory)),
      ...(await readdir(path.join(rig.dataDirectory, 'recovery'))),
      ...(await readdir(path.join(rig.dataDirectory, 'versions', 'some-key'))),
    ];
    expect(remaining.filter((name) => name.endsWith('.tmp'))).toEqual([path.basename(current)]);
  });
});

describe('lock files of documents that were never written (D5)', () => {
  it('are removed beside a document when it is locked; a colleague’s live lock and a lock beside an existing file stay', async () => {
    const lockText = (machine: string, refreshedAt: Date) =>
      JSON.stringify({
        app: 'Minute Book',
        owner: 'Someone',
        machine,
        pid: 999_999,
        session: 'old',
        lockedAt: refreshedAt.toISOString(),
        refreshedAt: refreshedAt.toISOString(),
      });
    const old = new Date('2020-01-01T00:00:00Z');
    const crashedFirstSave = path.join(rig.directory, '.Never written.minutes.lock');
    const emptyFromAKill = path.join(rig.directory, '.Half taken.minutes.lock');
    const colleagues = path.join(rig.directory, '.Being written elsewhere.minutes.lock');
    const besideAFile = path.join(rig.directory, '.Kept.minutes.lock');
    await writeFile(crashedFirstSave, lockText('CLERK-LAPTOP', old));
    await writeFile(emptyFromAKill, '');
    await utimes(emptyFromAKill, old, old);
    await writeFile(colleagues, lockText('OTHER-PC', rig.clock.now()));
    await writeFile(path.join(rig.directory, 'Kept.minutes'), 'a colleague’s file');
    await writeFile(besideAFile, lockText('CLERK-LAPTOP', old));

    await savedAs('Audit.minutes', 'Text');
    const locks = (await readdir(rig.directory)).filter((name) => name.endsWith('.lock')).sort();
    expect(locks).toEqual(['.Audit.minutes.lock', '.Being written elsewhere.minutes.lock', '.Kept.minutes.lock']);
  });
});

describe('Save As over a file the dialog never asked about (D3)', () => {
  it('does not replace “Audit.minutes” when the clerk typed “Audit” and nobody could ask', async () => {
    const { filePath } = await savedAs('Audit.minutes', 'The audit minutes');
    rig.registry.release(1);
    await rig.storage.whenReleased();
    const documentId = await newDocument(rig, 2);
    rig.dialogs.answerNextSave(path.join(rig.directory, 'Audit'));
    expect(await rig.call('document/save-as', { documentId, document: documentSaying('Something else') }, 2)).toEqual({ status: 'cancelled' });
    expect(await readFile(filePath, 'utf8')).toContain('The audit minutes');
  });
});

describe('a History version that cannot be kept is reported, not silent (D10)', () => {
  it('says so after Ctrl+S and at the next interval autosave, while the file itself is saved', async () => {
    const { documentId, filePath } = await savedAs('Scrutiny.minutes', 'First');
    rig.dataFs.inject({ op: 'writeNew', code: 'ENOSPC', pathIncludes: 'versions', always: true });
    const saved = (await rig.call('document/save', { documentId, document: documentSaying('Second') })) as { status: string; notice: string | null };
    expect(saved.status).toBe('saved');
    expect(saved.notice).toContain('“Scrutiny” is saved, but its version for History could not be kept');
    expect(jargonIn(saved.notice!)).toEqual([]);
    expect(await readFile(filePath, 'utf8')).toContain('Second');

    rig.clock.advance(6 * 60_000);
    const result = await autosave(documentId, 'Third');
    expect(result.file).toBe('saved');
    expect(result.problem).toContain('its version for History could not be kept');
    rig.dataFs.clear();
    rig.clock.advance(6 * 60_000);
    expect(await autosave(documentId, 'Fourth')).toMatchObject({ file: 'saved', problem: null });
  });
});
