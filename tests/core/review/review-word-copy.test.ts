// The Word review copy: the draft's comments exported as real Word comments on
// the same words, read back three ways — with the project's own reader and
// importer, independently from the raw XML (commentRangeStart/End around the
// words), and after LibreOffice has opened and re-saved the file — and still
// landing on the right blocks when the clerk has since moved items around.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { reviewBlocks, type ReviewBlock } from '../../../core/review/block-text';
import { addComment, replyToComment, setCommentResolved } from '../../../core/review/comments';
import { importWordComments } from '../../../core/review/import-word-comments';
import { emptyReviewState, reviewOf, withReview, type ReviewComment, type ReviewState } from '../../../core/review/review-schema';
import { makeAnchor } from '../../../core/review/text-anchor';
import { readWordComments } from '../../../core/review/word-comments';
import { importReturnedWordComments } from '../../../core/review/word-comments-returned';
import { REVIEW_COPY_MARKING, reviewCopyLayout, writeReviewCopyDocx } from '../../../core/review/word-comments-export';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import { paragraphJson, textJson } from '../../../core/minutes/serialized-nodes';
import { seed000Document } from '../../fixtures/export/seed-000-document';
import { parseDocument, tempDir } from '../export/export-test-kit';

type Node = Record<string, unknown>;
const listNode = (items: string[]): Node => ({
  type: 'list',
  listType: 'number',
  start: 1,
  tag: 'ol',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: items.map((text, index) => ({
    type: 'listitem',
    value: index + 1,
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [textJson(text)],
  })),
});
const brokenLines = (first: string, second: string): Node => ({
  ...paragraphJson(''),
  children: [textJson(first), { type: 'linebreak', version: 1 }, textJson(second)],
});

/** Seed 000 with two more blocks in its last item: a list of two points, and a paragraph with a line break. */
function minutes(): MinutesDocument {
  const document = parseDocument(seed000Document());
  const children = document.content.root.children as unknown as Node[];
  const at = children.findIndex((node) => node.type === 'resolutions-heading');
  children.splice(
    at,
    0,
    listNode(['The plan will be reviewed in June.', 'Progress will be reported to Cabinet.']),
    brokenLines('Jeanette Richards thanked members.', 'The Chair closed the item.'),
  );
  return document;
}

const blockWith = (blocks: ReviewBlock[], start: string) => {
  const block = blocks.find((candidate) => candidate.text.startsWith(start));
  if (!block) throw new Error(`no block starts “${start}”`);
  return block;
};
const wordsIn = (block: ReviewBlock, words: string) => {
  const at = block.text.indexOf(words);
  if (at < 0) throw new Error(`“${words}” is not in the block`);
  return makeAnchor(block, at, at + words.length);
};

const HOSTILE = 'Is this right? <w:t>&amp;</w:t> "quoted" ]]> <script>alert(1)</script>';

/** Comments on a heading, words in a paragraph, a declaration, a resolution, a list, a line break, and words since removed. */
function reviewed(): { document: MinutesDocument; expected: Array<{ id: string; quote: string; itemTitle: string; index: number }> } {
  const document = minutes();
  const blocks = reviewBlocks(document.content);
  const plan = blockWith(blocks, 'Draft Bury Children Services');
  const comments: Array<[string, ReturnType<typeof makeAnchor>, string]> = [
    ['heading', makeAnchor(plan, 0, 0, true), 'Give the plan’s full title.'],
    ['paragraph', wordsIn(blockWith(blocks, 'Helen Chadwick suggested'), 'the rag rating be amended'), HOSTILE],
    ['declaration', wordsIn(blockWith(blocks, 'as his wife works'), 'SEN Children'), 'Special educational needs, in full.'],
    ['resolution', wordsIn(blockWith(blocks, 'A report around the housing'), 'housing issues for care leavers'), 'Which committee?'],
    ['list', makeAnchor(blockWith(blocks, 'The plan will be reviewed'), 0, 0, true), 'Are both points agreed?'],
    ['line-break', wordsIn(blockWith(blocks, 'Jeanette Richards thanked'), 'members.\nThe Chair'), 'Two sentences, one line each?'],
  ];
  let review: ReviewState = emptyReviewState();
  for (const [id, anchor, body] of comments)
    review = addComment(review, { id, author: 'Councillor S Wright', createdAt: '2022-03-24T10:00:00.000Z', body, anchor });
  review = replyToComment(review, 'resolution', { id: 'r1', author: 'Kelly Barnett', createdAt: '2022-03-24T11:30:00.000Z', body: 'This committee, in July.' });
  review = setCommentResolved(review, 'resolution', true, 'Councillor S Wright', '2022-03-24T12:00:00.000Z');
  // Words the clerk has since removed: the comment goes on its item's heading, saying what it was about.
  review = addComment(review, {
    id: 'gone',
    author: 'Councillor S Wright',
    createdAt: '2022-03-24T10:05:00.000Z',
    body: 'Cut this.',
    anchor: { ...wordsIn(blockWith(blocks, 'Members of the committee were invited'), 'invited'), quote: 'a sentence that is no longer there' },
  });
  const expected = review.comments.map((comment) => ({
    id: comment.id,
    quote: comment.anchor.quote,
    itemTitle: blocks.find((b) => b.itemId === comment.anchor.itemId && b.index === 0)!.text,
    index: comment.anchor.index,
  }));
  return { document: withReview(document, review), expected };
}

async function partsOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? null;
  return { document: (await part('word/document.xml'))!, comments: await part('word/comments.xml'), commentsExtended: await part('word/commentsExtended.xml') };
}

/** Where each imported comment landed: its item's title, block index and quote. */
function landings(document: MinutesDocument) {
  const blocks = reviewBlocks(document.content);
  return reviewOf(document).review.comments.map((comment: ReviewComment) => ({
    body: comment.body,
    itemTitle: blocks.find((b) => b.itemId === comment.anchor.itemId && b.index === 0)?.text,
    index: comment.anchor.index,
    quote: comment.anchor.quote,
    wholeBlock: comment.anchor.wholeBlock,
    replies: comment.replies.map((reply) => reply.body),
    resolved: comment.resolved,
  }));
}

const draftOnly = (document: MinutesDocument) => withReview(document, emptyReviewState());

describe('the Word review copy', () => {
  const { document, expected } = reviewed();
  const copy = writeReviewCopyDocx(document);

  it('is the full minutes, marked as a draft on every page', async () => {
    const { layout } = reviewCopyLayout(document);
    expect(layout.restrictiveMarking).toBe(REVIEW_COPY_MARKING);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await copy) })).value;
    expect(text).toContain('DRAFT BURY CHILDREN SERVICES IMPROVEMENT PLAN');
    expect((await partsOf(await copy)).document).not.toContain(REVIEW_COPY_MARKING);
    const header = await (await JSZip.loadAsync(await copy)).file('word/header1.xml')!.async('string');
    expect(header).toContain(REVIEW_COPY_MARKING);
  });

  it('carries each comment around the same words, as the raw XML shows', async () => {
    const parts = await partsOf(await copy);
    // Every comment and reply has a start, an end and a reference, in that order.
    for (let id = 0; id < 8; id += 1) {
      const start = parts.document.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = parts.document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      const reference = parts.document.indexOf(`<w:commentReference w:id="${id}"/>`);
      expect(start, `comment ${id}`).toBeGreaterThan(0);
      expect(end).toBeGreaterThanOrEqual(start);
      expect(reference).toBeGreaterThan(end);
    }
    const covered = (id: number) => {
      const xml = parts.document.slice(
        parts.document.indexOf(`<w:commentRangeStart w:id="${id}"/>`),
        parts.document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`),
      );
      // Word's own line break and tab elements read as the characters they stand for.
      return xml
        .replace(/<\/w:p>/g, '¶')
        .replace(/<w:br\/>/g, '\n')
        .replace(/<w:tab\/>/g, '\t')
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&');
    };
    expect(covered(0)).toBe('DRAFT BURY CHILDREN SERVICES IMPROVEMENT PLAN');
    expect(covered(1)).toBe('the rag rating be amended');
    expect(covered(2)).toBe('SEN Children');
    expect(covered(3)).toBe('housing issues for care leavers');
    // The reply sits on the same words as the comment it answers.
    expect(covered(4)).toBe('housing issues for care leavers');
    expect(covered(5)).toBe('The plan will be reviewed in June.¶Progress will be reported to Cabinet.');
    expect(covered(6)).toBe('members.\nThe Chair');
    // Words since removed: the comment covers its item's heading instead.
    expect(covered(7)).toBe('5 DRAFT BURY CHILDREN SERVICES IMPROVEMENT PLAN');
    // The comment text is data: escaped, never markup.
    expect(parts.comments).toContain('Is this right? &lt;w:t&gt;&amp;amp;&lt;/w:t&gt; &quot;quoted&quot; ]]&gt; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(parts.comments).toContain('w:author="Councillor S Wright"');
    // The reply and the thread's resolved state, as Word keeps them.
    expect(parts.commentsExtended).toMatch(/<w15:commentEx w15:paraId="00000005" w15:paraIdParent="00000004" w15:done="1"\/>/);
  });

  it('reads back with Minute Book’s own reader and lands every comment where it was', async () => {
    const words = readWordComments(await partsOf(await copy));
    expect(words.map((comment) => [comment.quote, comment.replyTo, comment.done])).toEqual([
      ['DRAFT BURY CHILDREN SERVICES IMPROVEMENT PLAN', null, false],
      ['the rag rating be amended', null, false],
      ['SEN Children', null, false],
      ['housing issues for care leavers', null, true],
      ['housing issues for care leavers', '3', true],
      ['The plan will be reviewed in June.\nProgress will be reported to Cabinet.', null, false],
      ['members.\nThe Chair', null, false],
      ['5 DRAFT BURY CHILDREN SERVICES IMPROVEMENT PLAN', null, false],
    ]);
    expect(words[1]!.body).toBe(HOSTILE);
    expect(words[7]!.body).toBe('(On words no longer in the minutes: “a sentence that is no longer there”)\nCut this.');
    const imported = importWordComments(draftOnly(document), words, { importedAt: '2022-03-25T09:00:00.000Z', fallbackAuthor: 'Chair' });
    expect(imported).toMatchObject({ imported: 7, unplaced: 0 });
    const landed = landings(imported.document);
    expected.slice(0, 6).forEach((want, index) => {
      expect(landed[index], want.id).toMatchObject({ itemTitle: want.itemTitle, index: want.index });
    });
    expect(landed.slice(1, 4).map((comment) => comment.quote)).toEqual(['the rag rating be amended', 'SEN Children', 'housing issues for care leavers']);
    expect(landed[3]).toMatchObject({ replies: ['This committee, in July.'], resolved: true });
    expect(landed[5]!.quote).toBe('members.\nThe Chair');
    expect(landed[6]).toMatchObject({ itemTitle: 'Draft Bury Children Services Improvement Plan', index: 0 });
  });

  it('survives LibreOffice opening and saving it again as .docx: the comments land on the same blocks', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'review-copy.docx');
    writeFileSync(file, await copy);
    const out = path.join(dir, 'out');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx', '--outdir', out, file], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const words = readWordComments(await partsOf(readFileSync(path.join(out, 'review-copy.docx'))));
    const imported = importWordComments(draftOnly(document), words, { importedAt: '2022-03-25T09:00:00.000Z', fallbackAuthor: 'Chair' });
    expect(imported.unplaced).toBe(0);
    const landed = landings(imported.document);
    const byBody = (body: string) => landed.find((comment) => comment.body === body);
    expect(byBody('Give the plan’s full title.')).toMatchObject({ itemTitle: 'Draft Bury Children Services Improvement Plan', index: 0 });
    expect(byBody(HOSTILE)).toMatchObject({ quote: 'the rag rating be amended', index: expected[1]!.index });
    expect(byBody('Special educational needs, in full.')).toMatchObject({
      itemTitle: 'Declarations of Interest',
      quote: 'SEN Children',
      index: expected[2]!.index,
    });
    expect(byBody('Which committee?')).toMatchObject({ quote: 'housing issues for care leavers', index: expected[3]!.index, resolved: true });
    // LibreOffice keeps a reply but not its thread: it comes back as a comment of its own, on the same words.
    expect(byBody('This committee, in July.')).toMatchObject({ quote: 'housing issues for care leavers', index: expected[3]!.index });
    expect(byBody('Are both points agreed?')).toMatchObject({ index: expected[4]!.index });
    expect(byBody('Two sentences, one line each?')).toMatchObject({ index: expected[5]!.index });
    // Returned to the draft it was made from, the re-saved copy adds nothing: every comment and reply is recognised.
    const back = importReturnedWordComments(document, words, { importedAt: '2022-03-25T09:00:00.000Z', fallbackAuthor: 'Chair' });
    expect(back).toMatchObject({ imported: 0, replies: 0, duplicates: words.length });
    expect(reviewOf(back.document).review.comments).toEqual(reviewOf(document).review.comments);
  }, 180_000);

  it('places comments the chair made in Word on the printed wording on the block that wording belongs to', async () => {
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await copy) })).value;
    const paragraph = text.split('\n').find((line) => line.startsWith('Councillor Wright declared'))!;
    expect(paragraph).toBe('Councillor Wright declared a personal interest as his wife works with SEN Children in a local school.');
    const inWord = (wordId: string, quote: string) => ({
      wordId,
      author: 'Councillor S Wright',
      date: '2022-03-25T08:00:00.000Z',
      body: `On “${quote}”`,
      quote,
      paragraph,
      offset: paragraph.indexOf(quote),
      replyTo: null,
      done: false,
    });
    // "Councillor Wright" is also in a paragraph of item 5: the comment still goes on his declaration.
    const words = [inWord('1', 'declared a personal interest'), inWord('2', 'Councillor Wright'), inWord('3', 'interest as his wife')];
    const imported = importWordComments(draftOnly(document), words, { importedAt: '2022-03-25T09:00:00.000Z', fallbackAuthor: 'Chair' });
    expect(imported).toMatchObject({ imported: 3, unplaced: 0 });
    const declaration = blockWith(reviewBlocks(document.content), 'as his wife works');
    for (const comment of landings(imported.document)) {
      expect(comment, comment.body).toMatchObject({ itemTitle: 'Declarations of Interest', index: declaration.index });
    }
    expect(landings(imported.document).map((comment) => [comment.wholeBlock, comment.quote])).toEqual([
      [true, declaration.text],
      [true, declaration.text],
      [true, declaration.text],
    ]);
  });

  it('lands comments by their words when the clerk has since moved items and blocks', async () => {
    const words = readWordComments(await partsOf(await copy));
    // The clerk moves the declarations item to the end and the Helen Chadwick paragraph to the top of its item.
    const moved = draftOnly(document);
    const children = moved.content.root.children as unknown as Node[];
    const blocks = reviewBlocks(moved.content);
    const declarations = blocks.filter((block) => block.itemId === blockWith(blocks, 'Declarations of Interest').itemId).map((block) => block.node as Node);
    const chadwick = blockWith(blocks, 'Helen Chadwick suggested').node as Node;
    const rest = children.filter((node) => !declarations.includes(node) && node !== chadwick);
    const planHeading = rest.indexOf(blockWith(blocks, 'Draft Bury Children Services').node as Node);
    rest.splice(planHeading + 1, 0, chadwick);
    children.splice(0, children.length, ...rest, ...declarations);

    const imported = importWordComments(moved, words, { importedAt: '2022-03-25T09:00:00.000Z', fallbackAuthor: 'Chair' });
    const landed = landings(imported.document);
    const byBody = (body: string) => landed.find((comment) => comment.body === body);
    expect(byBody(HOSTILE)).toMatchObject({ itemTitle: 'Draft Bury Children Services Improvement Plan', index: 1, quote: 'the rag rating be amended' });
    expect(byBody('Special educational needs, in full.')).toMatchObject({ itemTitle: 'Declarations of Interest', quote: 'SEN Children' });
    const after = reviewBlocks(imported.document.content);
    const declarationComment = reviewOf(imported.document).review.comments.find((comment) => comment.body.startsWith('Special'))!;
    expect(after.find((b) => b.itemId === declarationComment.anchor.itemId && b.index === declarationComment.anchor.index)!.text).toBe(
      'as his wife works with SEN Children in a local school.',
    );
  });
});
