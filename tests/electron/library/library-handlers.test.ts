// The library's channels through dispatch(), as ipcMain calls them: a saved
// meeting reaches the library after the save has answered;
// a stale or foreign request is refused with a sentence.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStorageRig, newDocument, type StorageRig } from '../storage/storage-harness';
import { testMinutes, testMinutesText } from '../../core/library/library-documents';

let rig: StorageRig;
beforeEach(async () => {
  rig = await createStorageRig();
});

const auditMeeting = {
  committeeId: 'audit',
  committeeName: 'Audit',
  date: '2022-03-23',
  items: [{ title: 'Internal audit plan', itemId: 'item-plan', blocks: [{ kind: 'text' as const, text: 'The treasury management strategy was endorsed.' }] }],
};
const meeting = testMinutes(auditMeeting);
const search = async (query: string) => ((await rig.call('library/search', { query })) as { hits: Array<{ fileName: string; itemId: string | null }> }).hits;

describe('the library follows saves', () => {
  it('indexes a meeting once its Save As has answered, and an untitled autosave not at all', async () => {
    const documentId = await newDocument(rig);
    await rig.call('autosave/write', { documentId, document: JSON.stringify(meeting) });
    rig.dialogs.answerNextSave(path.join(rig.directory, 'Audit 23 March 2022.minutes'));
    await rig.call('document/save-as', { documentId, document: meeting });
    // Not yet: it settles first, off the save's path.
    expect(await search('treasury')).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(await search('treasury')).toEqual([expect.objectContaining({ fileName: 'Audit 23 March 2022', itemId: 'item-plan' })]);
  });

  it('indexes what the autosave writes to the named file', async () => {
    const documentId = await newDocument(rig);
    rig.dialogs.answerNextSave(path.join(rig.directory, 'Audit 23 March 2022.minutes'));
    await rig.call('document/save-as', { documentId, document: meeting });
    const later = testMinutes({
      ...auditMeeting,
      items: [{ ...auditMeeting.items[0]!, blocks: [{ kind: 'text' as const, text: 'The counter-fraud policy was approved.' }] }],
    });
    const written = (await rig.call('autosave/write', { documentId, document: JSON.stringify(later) })) as { file: string };
    expect(written.file).toBe('saved');
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(await search('counter-fraud')).toEqual([expect.objectContaining({ fileName: 'Audit 23 March 2022', itemId: 'item-plan' })]);
  });
});

describe('folders the clerk chooses', () => {
  it('adds the folder chosen in main’s own dialog (a shared drive included), and changes nothing when the dialog is cancelled', async () => {
    const shared = path.join(rig.directory, 'shared drive', 'Audit');
    await mkdir(shared, { recursive: true });
    await writeFile(path.join(shared, 'Audit 23 March 2022.minutes'), testMinutesText(auditMeeting));
    rig.dialogs.answerNextFolder(null);
    expect(((await rig.call('library/choose-folder', {})) as { folders: string[] }).folders).toEqual([]);
    rig.dialogs.answerNextFolder(shared);
    const status = (await rig.call('library/choose-folder', {})) as { folders: string[] };
    expect(status.folders).toEqual([shared]);
    await rig.call('library/refresh', {});
    expect(await search('treasury')).toEqual([expect.objectContaining({ fileName: 'Audit 23 March 2022', itemId: 'item-plan' })]);
    // The page cannot name a folder: the channel takes nothing.
    await expect(rig.call('library/choose-folder', { folder: '/etc' })).rejects.toThrow();
  });
});

describe('refusals', () => {
  it('refuses to open a result the library no longer has, to remove a folder it does not list, and to add an unsaved meeting’s folder', async () => {
    await expect(rig.call('library/open', { fileId: 99, itemId: null, replaceCurrent: false })).rejects.toThrow(
      'That meeting is no longer in the library (it was moved or the library was rebuilt). Search again.',
    );
    await expect(rig.call('library/remove-folder', { folder: rig.directory })).rejects.toThrow('That folder is not in the library.');
    const documentId = await newDocument(rig);
    await expect(rig.call('library/add-document-folder', { documentId })).rejects.toThrow('These minutes are not saved yet, so they have no folder.');
    await expect(rig.call('library/add-document-folder', { documentId }, 2)).rejects.toThrow('This document is not open in this window.');
  });
});
