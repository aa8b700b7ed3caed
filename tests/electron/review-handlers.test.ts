// The review channels through dispatch(), as ipcMain calls them: approval
// sealed with SHA-256 in main and verified, amendments, sending a review copy
// to a real temp folder, and importing comments from a returned Word document
// (a .docx made by LibreOffice, committed as a fixture) or refusing a bad one;
// the chair's Track Changes in a returned .docx arrive as suggested edits.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { reviewBlocks } from '../../core/review/block-text';
import { addComment } from '../../core/review/comments';
import { reviewOf, withReview, type ReviewState } from '../../core/review/review-schema';
import { addSuggestion, suggestionsFromEdit } from '../../core/review/suggestions';
import { makeAnchor } from '../../core/review/text-anchor';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import { parseMinutesFile } from '../../core/storage/parse-minutes-file';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { cabinetMinutes, documentOf } from '../core/review/review-fixtures';
import type { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import { dispatcher } from './dispatch-kit';
import { handlerRig } from './support/handler-rig';
import { fixedClock } from './support/test-deps';

const FIXTURE = path.join(__dirname, '../fixtures/review/chair-comments.docx');
const TRACKED_FIXTURE = path.join(__dirname, '../fixtures/review/chair-tracked-changes.docx');
let directory: string;
let dialogs: ScriptedDialogs;
let table: HandlerTable;

beforeEach(async () => {
  ({ directory, dialogs, table } = await handlerRig('review', { deps: { clock: fixedClock('2022-04-20T18:30:00Z') } }));
});

const { call, refusal } = dispatcher(() => table);

type Outcome = { document: MinutesDocument; check: { status: string; message?: string } };
const approval = { approvedBy: 'Councillor O’Brien', approvedOn: '2022-04-20', atMeeting: 'Cabinet, 20 April 2022' };
const review = (document: MinutesDocument): ReviewState => reviewOf(document).review;

function withFirstParagraph(document: MinutesDocument, text: string): MinutesDocument {
  const copy = structuredClone(document);
  (copy.content.root.children[1] as unknown as { children: Array<{ text: string }> }).children[0]!.text = text;
  return copy;
}

describe('approval through dispatch', () => {
  it('seals in main, verifies intact, and says so in UK English', async () => {
    const { document, check } = await call<Outcome>('review/approve', { document: documentOf(cabinetMinutes), ...approval });
    expect(document.meeting.status).toBe('approved');
    expect(review(document).approval?.seal.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(check).toEqual({
      status: 'intact',
      message: 'These minutes were approved as a correct record by Councillor O’Brien on 20 April 2022 (Cabinet, 20 April 2022), and are unchanged since.',
    });
    // As the file would arrive from disk on the next opening.
    const reopened = parseMinutesFile(new TextEncoder().encode(JSON.stringify(document)));
    expect(reopened.ok && (await call<{ status: string }>('review/verify-seal', { document: reopened.document })).status).toBe('intact');
  });

  it('reports a file changed after approval', async () => {
    const { document } = await call<Outcome>('review/approve', { document: documentOf(cabinetMinutes), ...approval });
    const check = await call<{ status: string; message: string }>('review/verify-seal', {
      document: withFirstParagraph(document, 'Apologies were received from nobody.'),
    });
    expect(check.status).toBe('changed');
    expect(check.message).toContain('they no longer match their seal');
  });

  it('refuses a second approval and an approval without its meeting', async () => {
    const { document } = await call<Outcome>('review/approve', { document: documentOf(cabinetMinutes), ...approval });
    expect(await refusal('review/approve', { document, ...approval })).toMatchObject({
      code: 'not-allowed',
      message: expect.stringContaining('already approved'),
    });
    expect(await refusal('review/approve', { document: documentOf(cabinetMinutes), ...approval, atMeeting: ' ' })).toMatchObject({
      code: 'invalid-payload',
      message: expect.stringContaining('atMeeting'),
    });
  });

  it('records an amendment with its reason and reseals', async () => {
    const approved = (await call<Outcome>('review/approve', { document: documentOf(cabinetMinutes), ...approval })).document;
    const opened = await call<Outcome>('review/begin-amendment', {
      document: approved,
      reason: 'Apologies from Councillor Khan omitted.',
      recordedBy: 'Jeanette Richards',
    });
    expect(opened.check.status).toBe('amending');
    const sealed = await call<Outcome>('review/seal-amendment', {
      document: withFirstParagraph(opened.document, 'Apologies were received from Councillors Smith and Khan.'),
    });
    expect(sealed.check).toMatchObject({ status: 'intact', message: expect.stringContaining('with one amendment') });
    expect(review(sealed.document).amendments[0]).toMatchObject({ reason: 'Apologies from Councillor Khan omitted.', recordedOn: '2022-04-20' });
  });
});

describe('send for review', () => {
  it('writes a review copy marked out for review, and marks the draft too', async () => {
    const opened = await call<{ opened: { documentId: string } }>('document/initial', {});
    const copyPath = path.join(directory, 'Cabinet for review');
    dialogs.answerNextSave(copyPath);
    const sent = await call<{ status: string; document: MinutesDocument; copyName: string }>('review/send-for-review', {
      documentId: opened.opened.documentId,
      document: documentOf(cabinetMinutes),
    });
    expect(sent).toMatchObject({ status: 'sent', copyName: 'Cabinet for review.minutes' });
    expect(dialogs.asked).toEqual(['save:Untitled minutes - for review.minutes']);
    expect(sent.document.meeting.status).toBe('out-for-review');
    const onDisk = parseMinutesFile(await readFile(`${copyPath}.minutes`));
    if (!onDisk.ok) throw new Error(onDisk.problem);
    expect(onDisk.document.meeting.status).toBe('out-for-review');
    expect(review(onDisk.document).sentForReview).toEqual({ sentAt: '2022-04-20T18:30:00.000Z', copyName: 'Cabinet for review.minutes', reviewCopy: true });
    expect(review(sent.document).sentForReview?.reviewCopy).toBe(false);
    expect(onDisk.document.content).toEqual(documentOf(cabinetMinutes).content);
  });

  it('brings the chair’s comments and suggestions back from the returned copy, once', async () => {
    const opened = await call<{ opened: { documentId: string } }>('document/initial', {});
    const copyPath = path.join(directory, 'copy.minutes');
    dialogs.answerNextSave(copyPath);
    const sent = await call<{ document: MinutesDocument }>('review/send-for-review', {
      documentId: opened.opened.documentId,
      document: documentOf(cabinetMinutes),
    });
    // The chair, in their copy: one comment and one suggested edit.
    const copy = parseMinutesFile(await readFile(copyPath));
    if (!copy.ok) throw new Error(copy.problem);
    const block = reviewBlocks(copy.document.content).find((b) => b.text.startsWith('Apologies were'))!;
    let chairReview = addComment(review(copy.document), {
      id: 'c1',
      author: 'Councillor O’Brien',
      createdAt: '2022-03-24T10:00:00.000Z',
      body: 'Add Councillor Khan.',
      anchor: makeAnchor(block, 29, 45),
    });
    chairReview = suggestionsFromEdit(block, 'Apologies were received from Councillor Smith and Councillor Khan.', {
      author: 'Councillor O’Brien',
      createdAt: '2022-03-24T10:01:00.000Z',
      newId: () => 's1',
    }).reduce(addSuggestion, chairReview);
    await writeFile(copyPath, JSON.stringify(withReview(copy.document, chairReview)));
    dialogs.answerNextOpen(copyPath);
    const merged = await call<{ document: MinutesDocument; comments: number; suggestions: number }>('review/import-review-copy', { document: sent.document });
    expect(merged).toMatchObject({ comments: 1, suggestions: 1 });
    expect(review(merged.document).comments[0]).toMatchObject({ id: 'c1', anchor: { quote: 'Councillor Smith' } });
    dialogs.answerNextOpen(copyPath);
    expect(await call('review/import-review-copy', { document: merged.document })).toMatchObject({ comments: 0, suggestions: 0, replies: 0 });
  });

  it('refuses the review copy of other minutes, naming both meetings, and imports nothing', async () => {
    const planning = documentOf([{ item: 'p1', title: 'Apologies for absence' }, 'Apologies were received from Councillor Smith.'], {
      committeeName: 'Planning Control',
      date: '2022-03-03',
    });
    const block = reviewBlocks(planning.content).find((b) => b.text.startsWith('Apologies were'))!;
    const chairReview = addComment(review(planning), {
      id: 'c1',
      author: 'Councillor O’Brien',
      createdAt: '2022-03-24T10:00:00.000Z',
      body: 'Add Councillor Khan.',
      anchor: makeAnchor(block, 29, 45),
    });
    const copyPath = path.join(directory, 'planning - for review.minutes');
    await writeFile(copyPath, JSON.stringify(withReview(planning, chairReview)));
    dialogs.answerNextOpen(copyPath);
    const error = await refusal('review/import-review-copy', { document: documentOf(cabinetMinutes) });
    expect(error.message).toBe(
      'This review copy is of other minutes (Planning Control, 3 March 2022), not of these (Cabinet, 23 March 2022): none of its agenda items are here. Nothing was imported; choose the copy sent for these minutes.',
    );
  });

  it('does nothing when the clerk cancels', async () => {
    const opened = await call<{ opened: { documentId: string } }>('document/initial', {});
    dialogs.answerNextSave(null);
    expect(await call('review/send-for-review', { documentId: opened.opened.documentId, document: documentOf(cabinetMinutes) })).toEqual({
      status: 'cancelled',
    });
  });
});

describe('importing comments from Word', () => {
  it('places comments from a LibreOffice-made .docx on the right blocks', async () => {
    dialogs.answerNextOpen(FIXTURE);
    const result = await call<{ status: string; document: MinutesDocument; imported: number; unplaced: number; fileName: string }>(
      'review/import-word-comments',
      { document: documentOf(cabinetMinutes), author: 'Chair' },
    );
    expect(result).toMatchObject({ status: 'imported', fileName: 'chair-comments.docx', imported: 4, unplaced: 1 });
    const comments = review(result.document).comments;
    expect(comments.map((c) => [c.author, c.body, c.anchor.itemId, c.anchor.index, c.anchor.quote])).toEqual([
      ['Councillor O’Brien', 'Councillor Khan also sent apologies & should be listed.', 'a1', 1, 'Councillor Smith'],
      ['Councillor O’Brien', 'Please give the percentage increase.\nIt was 4.1%.', 'a2', 1, 'rent levels for 2022/23'],
      ['Jeanette Richards', 'Checked with the Monitoring Officer.', 'a3', 1, 'There was no urgent business.'],
      ['Councillor O’Brien', 'Delete this sentence.', 'a1', 0, 'Words that the clerk later removed from the minutes entirely.'],
    ]);
    expect(comments[0]).toMatchObject({ source: 'word', createdAt: '2022-03-24T10:15:00.000Z', resolved: false });
  });

  it('refuses a file that is not a .docx, and one without its text, with a clear sentence', async () => {
    const notZip = path.join(directory, 'minutes.docx');
    await writeFile(notZip, 'This is plain text, not a Word document.');
    dialogs.answerNextOpen(notZip);
    expect(await refusal('review/import-word-comments', { document: documentOf(cabinetMinutes) })).toEqual({
      code: 'invalid-file',
      message:
        '“minutes.docx” is not a Word document (.docx) Minute Book can read: it is not a zip package. If it was saved as .doc or .pdf, save it from Word as a .docx and import that.',
    });
    const zip = new JSZip();
    zip.file('word/comments.xml', '<w:comments/>');
    const hollow = path.join(directory, 'hollow.docx');
    await writeFile(hollow, await zip.generateAsync({ type: 'uint8array' }));
    dialogs.answerNextOpen(hollow);
    expect(await refusal('review/import-word-comments', { document: documentOf(cabinetMinutes) })).toMatchObject({
      code: 'invalid-file',
      message: '“hollow.docx” is not a Word document: it has no word/document.xml.',
    });
  });

  it('refuses a .docx whose XML is malformed, naming the part', async () => {
    const zip = await JSZip.loadAsync(await readFile(FIXTURE));
    zip.file('word/comments.xml', '<w:comments><w:comment w:id="0"></w:comments>');
    const broken = path.join(directory, 'broken.docx');
    await writeFile(broken, await zip.generateAsync({ type: 'uint8array' }));
    dialogs.answerNextOpen(broken);
    expect(await refusal('review/import-word-comments', { document: documentOf(cabinetMinutes) })).toMatchObject({
      code: 'invalid-file',
      message: expect.stringMatching(/^“broken.docx” is damaged: word\/comments.xml is not well-formed/),
    });
  });
});

type Imported = {
  document: MinutesDocument;
  imported: number;
  suggestions: number;
  unplacedChanges: unknown[];
  formattingChanges: number;
  duplicateChanges: number;
};

describe('review/import-word-comments with tracked changes', () => {
  it('brings the chair’s changes as suggested edits and reports the rest', async () => {
    dialogs.answerNextOpen(TRACKED_FIXTURE);
    const result = await call<Imported>('review/import-word-comments', { document: documentOf(cabinetMinutes), author: 'Kelly Barnett' });
    expect(result).toMatchObject({ imported: 0, suggestions: 3, formattingChanges: 1, duplicateChanges: 0 });
    expect(result.unplacedChanges).toEqual([
      {
        author: 'Jeanette Richards',
        date: '2022-03-24T11:05:00.000Z',
        deleted: 'since ',
        inserted: '',
        reason: 'not-found',
        paragraph: 'A paragraph the clerk has removed from the minutes.',
      },
    ]);
    expect(reviewOf(result.document).review.suggestions.map((s) => [s.anchor.quote, s.replacement])).toEqual([
      ['', ' and Councillor Khan'],
      ['2022/23', '2023/24'],
      ['urgent ', ''],
    ]);

    dialogs.answerNextOpen(TRACKED_FIXTURE);
    const again = await call<Imported>('review/import-word-comments', { document: result.document, author: 'Kelly Barnett' });
    expect(again).toMatchObject({ suggestions: 0, duplicateChanges: 3 });
    expect(reviewOf(again.document).review.suggestions).toHaveLength(3);
  });

  it('refuses a document.xml with a document type declaration, naming the part', async () => {
    const zip = await JSZip.loadAsync(await readFile(TRACKED_FIXTURE));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('<w:document', '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document'));
    const hostile = path.join(directory, 'hostile.docx');
    await writeFile(hostile, await zip.generateAsync({ type: 'uint8array' }));
    dialogs.answerNextOpen(hostile);
    expect(await refusal('review/import-word-comments', { document: documentOf(cabinetMinutes) })).toMatchObject({
      code: 'invalid-file',
      message: '“hostile.docx” is damaged: word/document.xml is not well-formed: it contains a document type declaration, which Minute Book does not read.',
    });
  });
});
