// The handler table through dispatch(), exactly as ipcMain calls it, with
// real temp files and scripted dialogs.
import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyMinutesDocument } from '../../core/storage/minutes-document';
import { backupPathOf, writeFileAtomic } from '../../electron/main/adapters/atomic-write';
import { nodeFileStore } from '../../electron/main/adapters/node-file-store';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import type { FileStore } from '../../electron/main/ports/handler-deps';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import { TestWindows } from '../e2e/harness/test-windows';
import { FaultyFs } from './storage/fault-fs';
import { handlerRigIn } from './support/handler-rig';
import { fixedClock } from './support/test-deps';

const context = { windowId: 1 };
let directory: string;
let dialogs: ScriptedDialogs;
let windows: TestWindows;

function tableWith(files: FileStore = nodeFileStore): HandlerTable {
  return handlerRigIn(directory, { dialogs, windows, deps: { files, clock: fixedClock('2022-03-23T18:45:00Z') } }).table;
}

async function initialId(table: HandlerTable): Promise<string> {
  const result = await dispatch(table, 'document/initial', {}, context);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { opened: { documentId: string } }).opened.documentId;
}

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'minute-book-handlers-'));
  dialogs = new ScriptedDialogs();
  windows = new TestWindows();
});

describe('payload validation', () => {
  it('refuses an unknown channel', async () => {
    const result = await dispatch(tableWith(), 'shell/run', {}, context);
    expect(result).toEqual({ ok: false, error: { code: 'unknown-channel', message: 'Unknown request “shell/run”.' } });
  });

  it.each([
    ['a missing document', { documentId: 'doc-1' }, 'document'],
    ['a path instead of an id', { documentId: '/etc/passwd', document: createEmptyMinutesDocument() }, 'documentId'],
    ['an extra field', { documentId: 'doc-1', document: createEmptyMinutesDocument(), filePath: '/tmp/x' }, 'filePath'],
    ['a wrong format version', { documentId: 'doc-1', document: { ...createEmptyMinutesDocument(), formatVersion: 2 } }, 'document.formatVersion'],
    ['not an object at all', 'save everything', 'the request'],
  ])('refuses %s with a typed error', async (_name, payload, where) => {
    const result = await dispatch(tableWith(), 'document/save', payload, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload');
      expect(result.error.message).toContain(where);
    }
  });

  it('refuses to save a document that belongs to another window', async () => {
    const table = tableWith();
    const documentId = await initialId(table);
    const result = await dispatch(table, 'document/save', { documentId, document: createEmptyMinutesDocument() }, { windowId: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-document' } });
  });
});

describe('documents on disk', () => {
  it('saves through the Save dialog, adds the extension, then saves in place', async () => {
    const table = tableWith();
    const documentId = await initialId(table);
    const document = createEmptyMinutesDocument();
    document.meeting.title = 'Cabinet';
    dialogs.answerNextSave(path.join(directory, 'cabinet'));

    const first = await dispatch(table, 'document/save', { documentId, document }, context);
    expect(first).toEqual({ ok: true, value: { status: 'saved', displayName: 'cabinet', savedAt: '2022-03-23T18:45:00.000Z', notice: null } });
    const onDisk = JSON.parse(await readFile(path.join(directory, 'cabinet.minutes'), 'utf8'));
    expect(onDisk.meeting.title).toBe('Cabinet');

    document.meeting.title = 'Cabinet (second save)';
    await dispatch(table, 'document/save', { documentId, document }, context);
    expect(dialogs.asked).toEqual(['save:Untitled minutes.minutes']);
    expect(JSON.parse(await readFile(path.join(directory, 'cabinet.minutes'), 'utf8')).meeting.title).toBe('Cabinet (second save)');
  });

  it('reports a cancelled Save dialog as cancelled, writing nothing', async () => {
    const table = tableWith();
    const documentId = await initialId(table);
    dialogs.answerNextSave(null);
    const result = await dispatch(table, 'document/save', { documentId, document: createEmptyMinutesDocument() }, context);
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('opens a saved file and refuses a corrupt one without changing it', async () => {
    const table = tableWith();
    const good = path.join(directory, 'good.minutes');
    const bad = path.join(directory, 'bad.minutes');
    await writeFile(good, JSON.stringify({ ...createEmptyMinutesDocument(), meeting: { ...createEmptyMinutesDocument().meeting, title: 'Planning' } }));
    await writeFile(bad, '\u0000\u0001garbage');
    const badBefore = await readFile(bad);

    dialogs.answerNextOpen(good);
    const opened = await dispatch(table, 'document/open', { replaceCurrent: true }, context);
    expect(opened).toMatchObject({
      ok: true,
      value: { status: 'opened', opened: { displayName: 'good', hasFile: true, document: { meeting: { title: 'Planning' } } } },
    });

    dialogs.answerNextOpen(bad);
    const refused = await dispatch(table, 'document/open', { replaceCurrent: true }, context);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid-file',
        message: '“bad.minutes” could not be opened because it is not a Minute Book file (it holds binary data). The file has not been changed.',
      },
    });
    expect(Buffer.compare(await readFile(bad), badBefore)).toBe(0);
  });

  it('keeps the text in the page and says why when the disk refuses the write', async () => {
    const table = tableWith({
      read: nodeFileStore.read,
      writeAtomic: async () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    const documentId = await initialId(table);
    dialogs.answerNextSave(path.join(directory, 'full.minutes'));
    const result = await dispatch(table, 'document/save', { documentId, document: createEmptyMinutesDocument() }, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error', message: expect.stringContaining('the disk is full') } });
  });

  it('saving into a read-only folder fails cleanly and leaves the old file whole', async () => {
    const locked = path.join(directory, 'locked');
    const target = path.join(locked, 'minutes.minutes');
    await mkdir(locked);
    const old = JSON.stringify({ ...createEmptyMinutesDocument(), meeting: { ...createEmptyMinutesDocument().meeting, title: 'The old minutes' } });
    await writeFile(target, old);
    // Root ignores folder permissions, so there the folder refuses writes as a read-only share does (EROFS).
    const asRoot = process.getuid?.() === 0;
    const readOnlyFs = new FaultyFs().inject({ op: 'writeNew', code: 'EROFS', always: true });
    const table = tableWith(
      asRoot
        ? { read: nodeFileStore.read, writeAtomic: (filePath, data) => writeFileAtomic(filePath, data, { fs: readOnlyFs, backupPath: backupPathOf(filePath) }) }
        : nodeFileStore,
    );
    const documentId = await initialId(table);
    dialogs.answerNextSave(target);
    if (!asRoot) await chmod(locked, 0o555);
    const result = await dispatch(table, 'document/save', { documentId, document: createEmptyMinutesDocument() }, context);
    if (!asRoot) await chmod(locked, 0o755);
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error', message: expect.stringContaining('“minutes.minutes” could not be saved') } });
    expect(await readFile(target, 'utf8')).toBe(old);
    expect(await readdir(locked)).toEqual(['minutes.minutes']);
  });

  it('opens a file in a window of its own when the page has work in it', async () => {
    const table = tableWith();
    const filePath = path.join(directory, 'other.minutes');
    await writeFile(filePath, JSON.stringify(createEmptyMinutesDocument()));
    dialogs.answerNextOpen(filePath);
    const result = await dispatch(table, 'document/open', { replaceCurrent: false }, context);
    expect(result).toEqual({ ok: true, value: { status: 'opened-in-new-window', displayName: 'other' } });
    expect(windows.requested).toEqual([filePath]);
    const initial = await dispatch(table, 'document/initial', {}, { windowId: windows.claimWindowId() });
    expect(initial).toMatchObject({ ok: true, value: { opened: { displayName: 'other', hasFile: true }, problem: null, startedMeeting: false } });
  });
});

describe('settings', () => {
  it('shows recent documents by name, never by path', async () => {
    const table = tableWith();
    const documentId = await initialId(table);
    dialogs.answerNextSave(path.join(directory, 'Licensing 5 May.minutes'));
    await dispatch(table, 'document/save', { documentId, document: createEmptyMinutesDocument() }, context);
    const view = await dispatch(table, 'settings/get', {}, context);
    expect(view).toEqual({ ok: true, value: { userName: '', recentDocuments: [{ displayName: 'Licensing 5 May' }] } });
    expect(JSON.stringify(view)).not.toContain(directory);
  });

  it('stores the user name, trimmed, and refuses an empty one', async () => {
    const table = tableWith();
    expect(await dispatch(table, 'settings/set-user-name', { userName: '  Kelly Barnett ' }, context)).toMatchObject({
      ok: true,
      value: { userName: 'Kelly Barnett' },
    });
    expect(await dispatch(table, 'settings/set-user-name', { userName: '   ' }, context)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });
});
