// The compare channels through dispatch(), as ipcMain calls them: a saved
// version read back for comparing, another .minutes file picked in the Open
// dialog, a cancelled dialog, and damaged or foreign files refused with a
// sentence naming the file and the problem (and left untouched).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeMinutesDocument } from '../../core/storage/minutes-document';
import { createStorageRig, documentSaying, newDocument, type StorageRig } from './storage/storage-harness';

let rig: StorageRig;

beforeEach(async () => {
  rig = await createStorageRig();
});

const textOf = (document: { content: { root: { children: unknown[] } } }) => JSON.stringify(document.content.root.children);

async function refusal(channel: string, payload: unknown, windowId = 1): Promise<{ code: string; message: string }> {
  try {
    await rig.call(channel, payload, windowId);
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error(`${channel} was not refused`);
}

describe('compare/read-version', () => {
  it('returns the text of a saved version, not the text now', async () => {
    const documentId = await newDocument(rig);
    rig.dialogs.answerNextSave(path.join(rig.directory, 'Cabinet.minutes'));
    await rig.call('document/save-as', { documentId, document: documentSaying('The report was noted.') });
    await rig.call('autosave/write', { documentId, document: JSON.stringify(documentSaying('The report was agreed.')) });
    const { versions } = (await rig.call('history/list', { documentId })) as { versions: Array<{ versionId: string }> };
    expect(versions).toHaveLength(1);

    const { document } = (await rig.call('compare/read-version', { documentId, versionId: versions[0]!.versionId })) as {
      document: { content: { root: { children: unknown[] } } };
    };
    expect(textOf(document)).toContain('The report was noted.');
    expect(textOf(document)).not.toContain('agreed');
  });

  it('refuses a document open in another window, and a version that does not exist', async () => {
    const documentId = await newDocument(rig);
    expect(await refusal('compare/read-version', { documentId, versionId: '20220323T184500000Z-0001-save' }, 2)).toMatchObject({ code: 'unknown-document' });
    const missing = await refusal('compare/read-version', { documentId, versionId: '20220323T184500000Z-0001-save' });
    expect(missing.code).toBe('invalid-file');
    expect(missing.message).toMatch(/^That version cannot be compared: /);
  });

  it('refuses an id that is not a version id before touching the disk', async () => {
    const documentId = await newDocument(rig);
    expect(await refusal('compare/read-version', { documentId, versionId: '../../secrets' })).toMatchObject({ code: 'invalid-payload' });
  });
});

describe('compare/read-file', () => {
  it('reads the .minutes file picked in the Open dialog, without locking or changing it', async () => {
    const filePath = path.join(rig.directory, 'Cabinet - for review.minutes');
    const bytes = serializeMinutesDocument(documentSaying('The chair’s wording.'));
    await writeFile(filePath, bytes);
    rig.dialogs.answerNextOpen(filePath);
    const result = (await rig.call('compare/read-file', {})) as { status: string; fileName: string; document: { content: { root: { children: unknown[] } } } };
    expect(result.status).toBe('read');
    expect(result.fileName).toBe('Cabinet - for review.minutes');
    expect(textOf(result.document)).toContain('The chair’s wording.');
    expect(await readFile(filePath, 'utf8')).toBe(bytes);
    // Not opened as a document: the same file can still be opened for editing.
    rig.dialogs.answerNextOpen(filePath);
    expect(await rig.call('document/open', { replaceCurrent: true })).toMatchObject({ status: 'opened' });
  });

  it('says nothing was compared when the dialog is cancelled', async () => {
    rig.dialogs.answerNextOpen(null);
    expect(await rig.call('compare/read-file', {})).toEqual({ status: 'cancelled' });
  });

  it('refuses a damaged file with a sentence naming it and where it breaks, and leaves it as it was', async () => {
    const filePath = path.join(rig.directory, 'Returned.minutes');
    const whole = serializeMinutesDocument(documentSaying('Cut short.'));
    const damaged = whole.slice(0, Math.floor(whole.length / 2));
    await writeFile(filePath, damaged);
    rig.dialogs.answerNextOpen(filePath);
    const problem = await refusal('compare/read-file', {});
    expect(problem.code).toBe('invalid-file');
    expect(problem.message).toContain('“Returned.minutes” could not be opened because it is damaged');
    expect(problem.message).toContain('The file has not been changed.');
    expect(await readFile(filePath, 'utf8')).toBe(damaged);
  });

  it('refuses a file that is not a Minute Book file, and one that is missing', async () => {
    const wordPath = path.join(rig.directory, 'Returned.docx');
    await writeFile(wordPath, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    rig.dialogs.answerNextOpen(wordPath);
    expect((await refusal('compare/read-file', {})).message).toContain('“Returned.docx” could not be opened because it is not a Minute Book file');

    rig.dialogs.answerNextOpen(path.join(rig.directory, 'Gone.minutes'));
    expect(await refusal('compare/read-file', {})).toMatchObject({ code: 'io-error' });
  });

  it('refuses input it does not expect: the page never sends a path', async () => {
    expect(await refusal('compare/read-file', { path: '/etc/passwd' })).toMatchObject({ code: 'invalid-payload' });
    expect(rig.dialogs.asked).toEqual([]);
  });
});
