// Lock files: the same file twice is noticed (another window, another user on
// a shared drive), stale locks are taken over, and only our own lock is ever removed.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { lockPathOf } from '../../../electron/main/storage/document-locks';
import { createStorageRig, documentSaying, newDocument, testIdentity, type StorageRig } from './storage-harness';

let rig: StorageRig;
let filePath: string;

beforeEach(async () => {
  rig = await createStorageRig();
  filePath = path.join(rig.directory, 'Shared.minutes');
  const documentId = await newDocument(rig, 1);
  rig.dialogs.answerNextSave(filePath);
  await rig.call('document/save', { documentId, document: documentSaying('the record') }, 1);
});

function colleagueLock(overrides: Record<string, unknown> = {}) {
  return JSON.stringify({
    app: 'Minute Book',
    owner: 'Sam Jones',
    machine: 'TOWN-HALL-PC',
    pid: 4242,
    session: '4242-abc',
    lockedAt: '2022-03-23T18:40:00.000Z',
    refreshedAt: '2022-03-23T18:44:00.000Z',
    ...overrides,
  });
}

describe('lock files', () => {
  it('writes a lock with owner, machine, pid and time beside the saved document', async () => {
    const lock = JSON.parse(await readFile(lockPathOf(filePath), 'utf8'));
    expect(lock).toMatchObject({ app: 'Minute Book', owner: 'Kelly Barnett', machine: 'CLERK-LAPTOP', pid: process.pid, lockedAt: '2022-03-23T18:45:00.000Z' });
    expect(await readdir(rig.directory)).toContain('.Shared.minutes.lock');
  });

  it('warns when another window opens the same file, and only offers it read-only', async () => {
    await newDocument(rig, 2);
    rig.dialogs.answerNextOpen(filePath);
    const outcome = await rig.call('document/open', { replaceCurrent: true }, 2);
    expect(outcome).toMatchObject({ status: 'locked', displayName: 'Shared', lockedBy: 'Kelly Barnett on CLERK-LAPTOP' });
    const token = (outcome as { token: string }).token;
    await expect(rig.call('lock/open-read-only', { token }, 3)).rejects.toThrow('no longer waiting'); // tokens belong to their window
    const opened = (await rig.call('lock/open-read-only', { token }, 2)) as { opened: { documentId: string; readOnly: boolean } };
    expect(opened.opened.readOnly).toBe(true);

    // Save on a read-only document asks for a new name instead of writing the locked file.
    rig.dialogs.answerNextSave(filePath);
    await expect(rig.call('document/save', { documentId: opened.opened.documentId, document: documentSaying('overwrite!') }, 2)).rejects.toThrow(
      'is open by Kelly Barnett on CLERK-LAPTOP, so Minute Book will not overwrite it',
    );
    expect(await readFile(filePath, 'utf8')).not.toContain('overwrite!');
    const copy = path.join(rig.directory, 'Copy.minutes');
    rig.dialogs.answerNextSave(copy);
    await rig.call('document/save', { documentId: opened.opened.documentId, document: documentSaying('my copy') }, 2);
    expect(await readFile(copy, 'utf8')).toContain('my copy');
  });

  it('treats a colleague’s recent lock on a shared drive as live', async () => {
    const other = await createStorageRig();
    const shared = path.join(other.directory, 'Board.minutes');
    await writeFile(
      shared,
      `${JSON.stringify({ formatVersion: 1, meeting: { councilName: '', committeeName: '', title: '', date: '', venue: '' }, content: { root: { type: 'root', children: [] } } })}\n`,
    );
    await writeFile(lockPathOf(shared), colleagueLock());
    await newDocument(other, 1);
    other.dialogs.answerNextOpen(shared);
    expect(await other.call('document/open', { replaceCurrent: true }, 1)).toMatchObject({ status: 'locked', lockedBy: 'Sam Jones on TOWN-HALL-PC' });
    expect(await readFile(lockPathOf(shared), 'utf8')).toBe(colleagueLock()); // theirs, untouched
  });

  it.each([
    ['a lock left by a process that died on this machine', { machine: 'CLERK-LAPTOP', pid: 999_999 }, { isProcessAlive: (pid: number) => pid !== 999_999 }],
    ['a lock not refreshed for over ten minutes', { refreshedAt: '2022-03-23T18:30:00.000Z' }, {}],
    ['a lock file that is not readable', null, {}],
  ])('takes over %s', async (_name, overrides, identity) => {
    const other = await createStorageRig((clock) => testIdentity(clock, identity));
    const shared = path.join(other.directory, 'Board.minutes');
    await writeFile(
      shared,
      `${JSON.stringify({ formatVersion: 1, meeting: { councilName: '', committeeName: '', title: '', date: '', venue: '' }, content: { root: { type: 'root', children: [] } } })}\n`,
    );
    await writeFile(lockPathOf(shared), overrides ? colleagueLock(overrides) : 'garbage');
    await newDocument(other, 1);
    other.dialogs.answerNextOpen(shared);
    expect(await other.call('document/open', { replaceCurrent: true }, 1)).toMatchObject({ status: 'opened', opened: { readOnly: false } });
    expect(JSON.parse(await readFile(lockPathOf(shared), 'utf8'))).toMatchObject({ owner: 'Kelly Barnett', pid: process.pid });
  });

  it('removes only its own lock when the window closes', async () => {
    rig.registry.release(1);
    await expect.poll(async () => readdir(rig.directory)).not.toContain('.Shared.minutes.lock');

    await writeFile(lockPathOf(filePath), colleagueLock({ refreshedAt: rig.clock.now().toISOString() }));
    await rig.storage.locks.release(filePath);
    expect(await readFile(lockPathOf(filePath), 'utf8')).toContain('Sam Jones');
  });

  it('refreshes its own locks so colleagues see a live owner, and leaves a taken-over lock alone', async () => {
    rig.clock.advance(5 * 60 * 1000);
    await rig.storage.locks.refreshAll();
    expect(JSON.parse(await readFile(lockPathOf(filePath), 'utf8'))).toMatchObject({
      lockedAt: '2022-03-23T18:45:00.000Z',
      refreshedAt: '2022-03-23T18:50:00.000Z',
    });

    await writeFile(lockPathOf(filePath), colleagueLock());
    await rig.storage.locks.refreshAll();
    expect(await readFile(lockPathOf(filePath), 'utf8')).toBe(colleagueLock());
  });

  it('opens a document whose folder cannot take a lock (read-only share), and saving then says why', async () => {
    const other = await createStorageRig();
    const shared = path.join(other.directory, 'Archive.minutes');
    await writeFile(
      shared,
      `${JSON.stringify({ formatVersion: 1, meeting: { councilName: '', committeeName: '', title: '', date: '', venue: '' }, content: { root: { type: 'root', children: [] } } })}\n`,
    );
    other.dataFs.inject({ op: 'writeNew', code: 'EROFS', pathIncludes: '.lock' });
    await newDocument(other, 1);
    other.dialogs.answerNextOpen(shared);
    const opened = (await other.call('document/open', { replaceCurrent: true }, 1)) as { status: string; opened: { documentId: string } };
    expect(opened.status).toBe('opened');
    other.documentFs.inject({ op: 'writeNew', code: 'EROFS' });
    const result = await other.call('autosave/write', { documentId: opened.opened.documentId, document: JSON.stringify(documentSaying('x')) }, 1);
    expect(result).toMatchObject({ file: 'failed', problem: expect.stringContaining('the folder is read-only') });
  });
});
