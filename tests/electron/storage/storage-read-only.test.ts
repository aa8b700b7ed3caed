// A document opened read-only because a colleague holds its lock: main says
// who holds it, and "Try again" opens it normally only once they have let go,
// with the file's text as it is then (or recovered text the page keeps).
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeMinutesDocument } from '../../../core/storage/minutes-document';
import { lockPathOf } from '../../../electron/main/storage/document-locks';
import { VersionStore } from '../../../electron/main/storage/version-store';
import { createStorageRig, documentSaying, newDocument, type StorageRig } from './storage-harness';

const COLLEAGUE = {
  app: 'Minute Book',
  owner: 'Sam Jones',
  machine: 'TOWN-HALL-PC',
  pid: 4242,
  session: '4242-abc',
  lockedAt: '2022-03-23T18:40:00.000Z',
  refreshedAt: '2022-03-23T18:44:00.000Z',
};

interface Opened {
  documentId: string;
  readOnly?: boolean;
  document: ReturnType<typeof documentSaying>;
}

let rig: StorageRig;
let filePath: string;
let readOnlyId: string;

beforeEach(async () => {
  rig = await createStorageRig();
  filePath = path.join(rig.directory, 'Board.minutes');
  await writeFile(filePath, serializeMinutesDocument(documentSaying('their record')));
  await writeFile(lockPathOf(filePath), JSON.stringify(COLLEAGUE));
  await newDocument(rig, 1);
  rig.dialogs.answerNextOpen(filePath);
  const { token } = (await rig.call('document/open', { replaceCurrent: true }, 1)) as { token: string };
  const { opened } = (await rig.call('lock/open-read-only', { token }, 1)) as { opened: Opened };
  readOnlyId = opened.documentId;
});

/** The words of a document, whatever order its JSON keys came back in. */
const textOf = (document: ReturnType<typeof documentSaying>) =>
  [...JSON.stringify(document.content).matchAll(/"text":"([^"]*)"/g)].map((match) => match[1]).join(' ');

describe('a document open read-only', () => {
  it('names who holds the file, from their lock', async () => {
    expect(await rig.call('lock/holder', { documentId: readOnlyId }, 1)).toEqual({
      holder: { owner: 'Sam Jones', machine: 'TOWN-HALL-PC', lockedSince: '2022-03-23T18:40:00.000Z' },
    });
    await rm(lockPathOf(filePath));
    expect(await rig.call('lock/holder', { documentId: readOnlyId }, 1)).toEqual({ holder: null });
  });

  it('stays read-only on Try again while the colleague still has the file, leaving their lock and file alone', async () => {
    const fileBefore = await readFile(filePath, 'utf8');
    expect(await rig.call('lock/try-again', { documentId: readOnlyId, keep: null }, 1)).toMatchObject({ status: 'held', holder: { owner: 'Sam Jones' } });
    expect(JSON.parse(await readFile(lockPathOf(filePath), 'utf8'))).toEqual(COLLEAGUE);
    expect(await readFile(filePath, 'utf8')).toBe(fileBefore);
    expect(await rig.call('autosave/write', { documentId: readOnlyId, document: JSON.stringify(documentSaying('mine')) }, 1)).toMatchObject({
      file: 'read-only',
    });
    expect(await readFile(filePath, 'utf8')).toBe(fileBefore);
  });

  it('opens for editing once they have closed it, with the text they left, under our lock', async () => {
    await writeFile(filePath, serializeMinutesDocument(documentSaying('their record, finished')));
    await rm(lockPathOf(filePath));
    const outcome = (await rig.call('lock/try-again', { documentId: readOnlyId, keep: null }, 1)) as { status: string; opened: Opened };
    expect(outcome.status).toBe('opened');
    expect(outcome.opened.readOnly).toBe(false);
    expect(outcome.opened.documentId).not.toBe(readOnlyId);
    expect(textOf(outcome.opened.document)).toBe('their record, finished');
    expect(JSON.parse(await readFile(lockPathOf(filePath), 'utf8'))).toMatchObject({ owner: 'Kelly Barnett', machine: 'CLERK-LAPTOP' });

    expect(
      await rig.call(
        'autosave/write',
        { documentId: outcome.opened.documentId, document: JSON.stringify(documentSaying('their record, finished, and ours')) },
        1,
      ),
    ).toMatchObject({ file: 'saved' });
    expect(await readFile(filePath, 'utf8')).toContain('their record, finished, and ours');
    await expect(rig.call('lock/try-again', { documentId: outcome.opened.documentId, keep: null }, 1)).rejects.toThrow('not open read-only');
  });

  it('keeps recovered text the page asks to keep, and the file’s text as a version before it', async () => {
    await rm(lockPathOf(filePath));
    const kept = documentSaying('recovered after the crash');
    const outcome = (await rig.call('lock/try-again', { documentId: readOnlyId, keep: kept }, 1)) as { opened: Opened };
    expect(textOf(outcome.opened.document)).toBe('recovered after the crash');
    const versions = await rig.storage.versions.list(VersionStore.keyOf(filePath, outcome.opened.documentId));
    expect(versions.map((version) => version.reason)).toEqual(['before-restore']);
    const version = await rig.storage.versions.read(VersionStore.keyOf(filePath, outcome.opened.documentId), versions[0]!.versionId);
    expect(textOf(version)).toBe('their record');
  });
});
