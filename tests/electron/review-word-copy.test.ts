// Sending for review with a Word copy, and that copy coming back: through
// dispatch(), as ipcMain calls it, with real temp folders. The Word copy
// carries the draft's comments; when the chair returns it with a reply and a
// new comment typed in Word, the clerk gets exactly those, once. Damaged or
// hostile .docx files are refused with a sentence naming the problem.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { reviewBlocks } from '../../core/review/block-text';
import { addComment, replyToComment } from '../../core/review/comments';
import { emptyReviewState, reviewOf, withReview } from '../../core/review/review-schema';
import { makeAnchor } from '../../core/review/text-anchor';
import { readWordComments } from '../../core/review/word-comments';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { cabinetMinutes, documentOf } from '../core/review/review-fixtures';
import type { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import { dispatcher } from './dispatch-kit';
import { handlerRig } from './support/handler-rig';
import { fixedClock } from './support/test-deps';

let directory: string;
let dialogs: ScriptedDialogs;
let table: HandlerTable;
/** What writing the Word copy does; a test can make it fail. */
let writeWordFile: (filePath: string, bytes: Uint8Array) => Promise<void>;

beforeEach(async () => {
  writeWordFile = (filePath, bytes) => writeFile(filePath, bytes);
  ({ directory, dialogs, table } = await handlerRig('word-copy', {
    deps: {
      clock: fixedClock('2022-03-24T18:30:00Z'),
      exports: {
        printer: { print: () => Promise.reject(new Error('no printing in this test')) },
        chooseExportPath: () => Promise.resolve(null),
        writeFile: (filePath, bytes) => writeWordFile(filePath, bytes),
      },
    },
  }));
});

const { call, refusal } = dispatcher(() => table);

/** The cabinet minutes with the clerk's two comments, one already answered. */
function commentedDraft(): MinutesDocument {
  const document = documentOf(cabinetMinutes);
  const blocks = reviewBlocks(document.content);
  const rent = blocks.find((block) => block.text.startsWith('The Cabinet Member'))!;
  const at = rent.text.indexOf('rent levels');
  let review = addComment(emptyReviewState(), {
    id: 'c1',
    author: 'Kelly Barnett',
    createdAt: '2022-03-24T09:00:00.000Z',
    body: 'Chair: is the year right?',
    anchor: makeAnchor(rent, at, at + 11),
  });
  review = replyToComment(review, 'c1', { id: 'r1', author: 'Jeanette Richards', createdAt: '2022-03-24T09:30:00.000Z', body: 'It is 2022/23.' });
  review = addComment(review, {
    id: 'c2',
    author: 'Kelly Barnett',
    createdAt: '2022-03-24T09:05:00.000Z',
    body: 'Name the member?',
    anchor: makeAnchor(
      blocks.find((block) => block.text.startsWith('Members asked'))!,
      0,
      7,
    ),
  });
  return withReview(document, review);
}

async function sendWithWordCopy(draft: MinutesDocument) {
  const opened = await call<{ opened: { documentId: string } }>('document/initial', {});
  dialogs.answerNextSave(path.join(directory, 'Cabinet for review'));
  return call<{ status: string; document: MinutesDocument; copyName: string; wordCopyName: string | null }>('review/send-for-review', {
    documentId: opened.opened.documentId,
    document: draft,
    wordCopy: true,
  });
}

async function wordParts(file: string) {
  const zip = await JSZip.loadAsync(await readFile(file));
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? null;
  return {
    zip,
    document: (await part('word/document.xml'))!,
    comments: await part('word/comments.xml'),
    commentsExtended: await part('word/commentsExtended.xml'),
  };
}

describe('send for review with a Word copy', () => {
  it('never replaces a Word file already beside the review copy (the chair may have returned it): nothing is sent (issue 13, D3)', async () => {
    const returned = path.join(directory, 'Cabinet for review.docx');
    await writeFile(returned, 'the chair’s returned copy');
    const opened = await call<{ opened: { documentId: string } }>('document/initial', {});
    dialogs.answerNextSave(path.join(directory, 'Cabinet for review'));
    const error = await refusal('review/send-for-review', { documentId: opened.opened.documentId, document: commentedDraft(), wordCopy: true });
    expect(error.message).toContain('“Cabinet for review.docx” is already in that folder');
    expect(await readFile(returned, 'utf8')).toBe('the chair’s returned copy');
    await expect(stat(path.join(directory, 'Cabinet for review.minutes'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes the Word copy beside the review copy, carrying the draft’s comments on their words', async () => {
    const sent = await sendWithWordCopy(commentedDraft());
    expect(sent).toMatchObject({ status: 'sent', copyName: 'Cabinet for review.minutes', wordCopyName: 'Cabinet for review.docx' });
    expect(sent.document.meeting.status).toBe('out-for-review');
    const comments = readWordComments(await wordParts(path.join(directory, 'Cabinet for review.docx')));
    expect(comments.map((comment) => [comment.author, comment.body, comment.quote, comment.replyTo])).toEqual([
      ['Kelly Barnett', 'Chair: is the year right?', 'rent levels', null],
      ['Jeanette Richards', 'It is 2022/23.', 'rent levels', '0'],
      ['Kelly Barnett', 'Name the member?', 'Members', null],
    ]);
  });

  it('writes no Word copy unless asked', async () => {
    const opened = await call<{ opened: { documentId: string } }>('document/initial', {});
    dialogs.answerNextSave(path.join(directory, 'Plain'));
    const sent = await call<{ wordCopyName: string | null }>('review/send-for-review', { documentId: opened.opened.documentId, document: commentedDraft() });
    expect(sent.wordCopyName).toBeNull();
    await expect(stat(path.join(directory, 'Plain.docx'))).rejects.toThrow();
  });

  it('sends nothing when the Word copy cannot be written, and says why', async () => {
    writeWordFile = () => Promise.reject(new Error('the disk is full'));
    const opened = await call<{ opened: { documentId: string } }>('document/initial', {});
    dialogs.answerNextSave(path.join(directory, 'Cabinet for review'));
    expect(await refusal('review/send-for-review', { documentId: opened.opened.documentId, document: commentedDraft(), wordCopy: true })).toEqual({
      code: 'io-error',
      message: 'The Word copy could not be written to “Cabinet for review.docx” (the disk is full). Nothing was sent.',
    });
    await expect(stat(path.join(directory, 'Cabinet for review.minutes'))).rejects.toThrow();
  });

  it('brings back what the chair typed in Word, and only that, once', async () => {
    const sent = await sendWithWordCopy(commentedDraft());
    // The chair, in Word: a reply to the clerk's first comment marking it done, and a new comment.
    const returned = await wordParts(path.join(directory, 'Cabinet for review.docx'));
    const chair = 'w:author="Councillor E O&#8217;Brien" w:date="2022-03-25T08:00:00Z"';
    returned.zip.file(
      'word/comments.xml',
      returned.comments!.replace(
        '</w:comments>',
        `<w:comment w:id="98" ${chair}><w:p w14:paraId="000000AB"><w:r><w:t>Say who sent apologies &amp; why.</w:t></w:r></w:p></w:comment><w:comment w:id="99" ${chair}><w:p w14:paraId="000000AA"><w:r><w:t>Yes, agreed.</w:t></w:r></w:p></w:comment></w:comments>`,
      ),
    );
    returned.zip.file(
      'word/commentsExtended.xml',
      returned.commentsExtended!.replace(
        '</w15:commentsEx>',
        '<w15:commentEx w15:paraId="000000AA" w15:paraIdParent="00000001" w15:done="1"/></w15:commentsEx>',
      ),
    );
    const apologies = '<w:t xml:space="preserve">Apologies were received from Councillor Smith.</w:t></w:r>';
    expect(returned.document).toContain(apologies);
    returned.zip.file(
      'word/document.xml',
      returned.document.replace(
        apologies,
        `${apologies}<w:commentRangeStart w:id="98"/><w:commentRangeEnd w:id="98"/><w:r><w:commentReference w:id="98"/></w:r>`,
      ),
    );
    const file = path.join(directory, 'Cabinet for review (chair).docx');
    await writeFile(file, await returned.zip.generateAsync({ type: 'uint8array' }));

    dialogs.answerNextOpen(file);
    const first = await call<{ document: MinutesDocument; imported: number; duplicates: number; replies: number; resolved: number }>(
      'review/import-word-comments',
      { document: sent.document, author: 'Chair' },
    );
    expect(first).toMatchObject({ imported: 1, replies: 1, resolved: 1, duplicates: 3 });
    const comments = reviewOf(first.document).review.comments;
    expect(comments).toHaveLength(3);
    expect(comments[0]).toMatchObject({
      id: 'c1',
      resolved: true,
      replies: [{ body: 'It is 2022/23.' }, { author: 'Councillor E O’Brien', body: 'Yes, agreed.' }],
    });
    expect(comments[1]).toMatchObject({ id: 'c2', resolved: false, replies: [] });
    expect(comments[2]).toMatchObject({ source: 'word', body: 'Say who sent apologies & why.', anchor: { itemId: 'a1', index: 1, wholeBlock: true } });

    dialogs.answerNextOpen(file);
    const again = await call<{ document: MinutesDocument; imported: number; replies: number; resolved: number }>('review/import-word-comments', {
      document: first.document,
      author: 'Chair',
    });
    expect(again).toMatchObject({ imported: 0, replies: 0, resolved: 0 });
    expect(reviewOf(again.document).review.comments).toEqual(comments);
  });
});

describe('a returned .docx that is damaged or hostile', () => {
  async function importing(file: string) {
    dialogs.answerNextOpen(file);
    return refusal('review/import-word-comments', { document: documentOf(cabinetMinutes) });
  }

  it('refuses XML with a document type declaration (an entity expansion attack), naming the part', async () => {
    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>',
    );
    zip.file('word/comments.xml', '<w:comments><w:comment w:id="0" w:author="X"><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:comment></w:comments>');
    const file = path.join(directory, 'laughs.docx');
    await writeFile(file, await zip.generateAsync({ type: 'uint8array' }));
    expect(await importing(file)).toEqual({
      code: 'invalid-file',
      message: '“laughs.docx” is damaged: word/document.xml is not well-formed: it contains a document type declaration, which Minute Book does not read.',
    });
  });

  it('refuses a zip cut short, and an empty file', async () => {
    const whole = await readFile(path.join(__dirname, '../fixtures/review/chair-comments.docx'));
    const cut = path.join(directory, 'cut.docx');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await importing(cut)).toMatchObject({
      code: 'invalid-file',
      message: expect.stringMatching(/^“cut.docx” is not a Word document \(.docx\) Minute Book can read/),
    });
    const empty = path.join(directory, 'empty.docx');
    await writeFile(empty, new Uint8Array());
    expect(await importing(empty)).toMatchObject({ code: 'invalid-file', message: expect.stringMatching(/^“empty.docx” is not a Word document/) });
  });
});
