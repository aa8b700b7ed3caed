// Track Changes from a returned Word document become suggested edits: read
// from hand-built OOXML (insertion, deletion, a change inside one word, a
// change over two runs, a deleted paragraph, moved text, a new paragraph,
// formatting) and from a .docx LibreOffice wrote; each lands on the right
// block wherever its item now is, and accepting them gives the chair's text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reviewBlocks } from '../../../core/review/block-text';
import { reviewOf, type ReviewState } from '../../../core/review/review-schema';
import { acceptAllSuggestions } from '../../../core/review/suggestions';
import { readWordTrackedChanges } from '../../../core/review/word-tracked-changes';
import { importWordTrackedChanges } from '../../../core/review/word-tracked-changes-import';
import { describeTrackedChanges } from '../../../core/review/word-tracked-changes-report';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import { cabinetMinutes, documentOf, type Part } from './review-fixtures';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const gone = (text: string) => `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
const by = (who: string, minute: string) => `w:id="1" w:author="${who}" w:date="2022-03-24T10:${minute}:00Z"`;
const ins = (text: string, who = 'Councillor O’Brien', minute = '10') => `<w:ins ${by(who, minute)}>${run(text)}</w:ins>`;
const del = (text: string, who = 'Councillor O’Brien', minute = '10') => `<w:del ${by(who, minute)}>${gone(text)}</w:del>`;
const paragraph = (body: string, mark = '') =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>${mark ? `<w:rPr>${mark}</w:rPr>` : ''}</w:pPr>${body}</w:p>`;
const wordDocument = (...paragraphs: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${paragraphs.join('\n')}<w:sectPr/></w:body></w:document>`;

/** The minutes: the reader's case list, with item 3 moved first and a paragraph in two formatted runs. */
const minutes: Part[] = [
  { item: 'a3', title: 'Urgent business' },
  'There was no urgent business.',
  { item: 'a1', title: 'Apologies for absence' },
  'Apologies were received from Councillor Smith.',
  { item: 'a2', title: 'Housing revenue account' },
  'The Cabinet Member for Housing presented the report on rent levels for 2022/23.',
  'Members asked whether the increase would affect tenants on universal credit.',
  {
    runs: [
      ['The report was ', 0],
      ['noted', 1],
      [' by members.', 0],
    ],
  },
  'The Chair thanked officers for the report.',
];

// The Word copy as sent (items in their old order, headings in capitals), with the chair's changes.
const returned = wordDocument(
  paragraph(run('1 APOLOGIES FOR ABSENCE')),
  paragraph(run('Apologies were received from Councillor Smith') + ins(' and Councillor Khan') + run('.')),
  paragraph(run('2 HOUSING REVENUE ACCOUNT')),
  // Inside one word, and moved words: "for 2022/23" goes to the next paragraph.
  paragraph(
    run('The Cabinet Member for Housing presented the report on rent') +
      ins('s') +
      run(' levels') +
      `<w:moveFrom ${by('Jeanette Richards', '12')}>${run(' for 2022/23')}</w:moveFrom>` +
      run('.'),
  ),
  paragraph(
    run('Members asked whether the increase') +
      `<w:moveTo ${by('Jeanette Richards', '12')}>${run(' for 2022/23')}</w:moveTo>` +
      run(' would affect tenants on ') +
      `<w:r><w:rPr><w:b/><w:rPrChange ${by('Councillor O’Brien', '14')}><w:rPr/></w:rPrChange></w:rPr><w:t>universal credit</w:t></w:r>` +
      run('.'),
  ),
  // Over two runs, one of them bold.
  paragraph(
    run('The report ') +
      `<w:del ${by('Councillor O’Brien', '15')}>${gone('was ')}<w:r><w:rPr><w:b/></w:rPr><w:delText>noted</w:delText></w:r></w:del>` +
      ins('is agreed', 'Councillor O’Brien', '15') +
      run(' by members.'),
  ),
  // A whole paragraph deleted, its mark too.
  paragraph(del('The Chair thanked officers for the report.', 'Jeanette Richards', '20'), `<w:del ${by('Jeanette Richards', '20')}/>`),
  paragraph(run('3 URGENT BUSINESS')),
  paragraph(run('There was no ') + del('urgent ') + run('business.') + `<w:pPrChange ${by('Councillor O’Brien', '30')}><w:pPr/></w:pPrChange>`),
  // A new paragraph, and a change to words no longer in the minutes.
  paragraph(ins('The Chair welcomed the new Director.'), `<w:ins ${by('Councillor O’Brien', '31')}/>`),
  paragraph(run('Words the clerk has ') + del('since ') + run('removed from the minutes.')),
);

const options = { importedAt: '2022-03-25T09:00:00.000Z', fallbackAuthor: 'Chair' };
const decision = { by: 'Kelly Barnett', at: '2022-03-26T09:00:00.000Z' };
const textsOf = (document: MinutesDocument) => reviewBlocks(document.content).map((block) => block.text);
const suggestionsOf = (document: MinutesDocument): ReviewState['suggestions'] => reviewOf(document).review.suggestions;

describe('readWordTrackedChanges', () => {
  const tracked = readWordTrackedChanges(returned);

  it('gives each changed paragraph as it was sent and as the chair left it, with who changed it', () => {
    expect(tracked.paragraphs.map((p) => [p.before, p.after])).toEqual([
      ['Apologies were received from Councillor Smith.', 'Apologies were received from Councillor Smith and Councillor Khan.'],
      [
        'The Cabinet Member for Housing presented the report on rent levels for 2022/23.',
        'The Cabinet Member for Housing presented the report on rents levels.',
      ],
      [
        'Members asked whether the increase would affect tenants on universal credit.',
        'Members asked whether the increase for 2022/23 would affect tenants on universal credit.',
      ],
      ['The report was noted by members.', 'The report is agreed by members.'],
      ['The Chair thanked officers for the report.', ''],
      ['There was no urgent business.', 'There was no business.'],
      ['', 'The Chair welcomed the new Director.'],
      ['Words the clerk has since removed from the minutes.', 'Words the clerk has removed from the minutes.'],
    ]);
    expect(tracked.paragraphs[0]!.pieces[1]).toEqual({
      text: ' and Councillor Khan',
      kind: 'inserted',
      author: 'Councillor O’Brien',
      date: '2022-03-24T10:10:00.000Z',
    });
    expect(tracked.paragraphs[4]!.mark).toMatchObject({ kind: 'deleted', author: 'Jeanette Richards' });
    expect(tracked.formattingChanges).toBe(2);
  });

  it('leaves out words one reviewer inserted and another deleted, and ignores field codes and tab stops', () => {
    const xml = wordDocument(
      paragraph(
        run('There was no ') +
          `<w:ins ${by('A', '40')}><w:del ${by('B', '41')}>${gone('very ')}</w:del></w:ins>` +
          ins('pressing ', 'A', '40') +
          run('business.') +
          `<w:r><w:instrText> PAGE </w:instrText></w:r>`,
      ),
    );
    expect(readWordTrackedChanges(xml).paragraphs.map((p) => [p.before, p.after])).toEqual([['There was no business.', 'There was no pressing business.']]);
  });

  it('refuses a document type declaration', () => {
    expect(() => readWordTrackedChanges(`<!DOCTYPE w:document [<!ENTITY x "y">]>${wordDocument()}`)).toThrow(/document type declaration/);
  });
});

describe('importWordTrackedChanges', () => {
  const outcome = importWordTrackedChanges(documentOf(minutes), readWordTrackedChanges(returned), options);
  const suggestions = suggestionsOf(outcome.document);

  it('makes a suggested edit on the right block for each change, signed by its Word author', () => {
    expect(suggestions.map((s) => [s.anchor.itemId, s.anchor.index, s.anchor.quote, s.replacement, s.author])).toEqual([
      ['a1', 1, '', ' and Councillor Khan', 'Councillor O’Brien'],
      ['a2', 1, 'rent', 'rents', 'Councillor O’Brien'],
      ['a2', 1, ' for 2022/23', '', 'Jeanette Richards'],
      ['a2', 2, '', 'for 2022/23 ', 'Jeanette Richards'],
      ['a2', 3, 'was noted', 'is agreed', 'Councillor O’Brien'],
      ['a2', 4, 'The Chair thanked officers for the report.', '', 'Jeanette Richards'],
      ['a3', 1, 'urgent ', '', 'Councillor O’Brien'],
    ]);
    expect(suggestions[2]!.createdAt).toBe('2022-03-24T10:12:00.000Z');
    expect(suggestions.every((s) => s.status === 'pending')).toBe(true);
  });

  it('reports what it could not make a suggestion of, with its words, and counts formatting changes', () => {
    expect(outcome).toMatchObject({ suggestions: 7, formattingChanges: 2, duplicates: 0 });
    expect(outcome.unplacedChanges).toEqual([
      {
        author: 'Councillor O’Brien',
        date: '2022-03-24T10:10:00.000Z',
        deleted: '',
        inserted: 'The Chair welcomed the new Director.',
        reason: 'new-paragraph',
        paragraph: 'The Chair welcomed the new Director.',
      },
      {
        author: 'Councillor O’Brien',
        date: '2022-03-24T10:10:00.000Z',
        deleted: 'since ',
        inserted: '',
        reason: 'not-found',
        paragraph: 'Words the clerk has removed from the minutes.',
      },
    ]);
  });

  it('gives the chair’s text when every suggestion is accepted, keeping the emphasis of words not changed', () => {
    const accepted = acceptAllSuggestions(outcome.document.content, reviewOf(outcome.document).review, decision);
    expect(accepted.problems).toEqual([]);
    expect(textsOf({ ...outcome.document, content: accepted.content })).toEqual([
      'Urgent business',
      'There was no business.',
      'Apologies for absence',
      'Apologies were received from Councillor Smith and Councillor Khan.',
      'Housing revenue account',
      'The Cabinet Member for Housing presented the report on rents levels.',
      'Members asked whether the increase for 2022/23 would affect tenants on universal credit.',
      'The report is agreed by members.',
      '',
    ]);
  });

  it('adds nothing when the same file is imported again, even after some were accepted', () => {
    const again = importWordTrackedChanges(outcome.document, readWordTrackedChanges(returned), options);
    expect(again).toMatchObject({ suggestions: 0, duplicates: 6 }); // six paragraphs made the seven; the one not found is reported again;
    const review = reviewOf(outcome.document).review;
    const accepted = acceptAllSuggestions(outcome.document.content, review, decision);
    const afterAccepting = { ...outcome.document, content: accepted.content, review: accepted.review } as MinutesDocument;
    expect(importWordTrackedChanges(afterAccepting, readWordTrackedChanges(returned), options).suggestions).toBe(0);
  });

  it('places each change by the words around it when the clerk has edited the paragraph since', () => {
    const edited = cabinetMinutes.map((part) =>
      part === 'Apologies were received from Councillor Smith.' ? 'Apologies for absence were received from Councillor Smith.' : part,
    );
    const placed = importWordTrackedChanges(documentOf(edited), readWordTrackedChanges(returned), options);
    const apologies = suggestionsOf(placed.document).find((s) => s.anchor.itemId === 'a1');
    expect(apologies).toMatchObject({
      anchor: { index: 1, quote: '', prefix: 'ence were received from Councillor Smith'.slice(-32) },
      replacement: ' and Councillor Khan',
    });
  });
});

describe('a review already holding as many suggestions as it can', () => {
  it('refuses more, saying what to do, rather than make the review unreadable', () => {
    const base = documentOf(minutes);
    const anchor = { itemId: 'a1', index: 1, start: 0, quote: 'Apologies', prefix: '', suffix: '', wholeBlock: false };
    const full = {
      ...base,
      review: {
        suggestions: Array.from({ length: 5000 }, (_, n) => ({ id: `s${n}`, author: 'Chair', createdAt: options.importedAt, anchor, replacement: 'x' })),
      },
    } as MinutesDocument;
    expect(() => importWordTrackedChanges(full, readWordTrackedChanges(returned), options)).toThrow(
      /more than the 5000 suggested edits a set of minutes can hold/,
    );
  });
});

describe('a .docx with tracked changes written by LibreOffice', () => {
  it('imports as suggested edits that give the chair’s text', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(__dirname, '../../fixtures/review/chair-tracked-changes.docx')));
    const tracked = readWordTrackedChanges(await zip.file('word/document.xml')!.async('string'));
    const outcome = importWordTrackedChanges(documentOf(cabinetMinutes), tracked, options);
    expect(suggestionsOf(outcome.document).map((s) => [s.anchor.itemId, s.anchor.index, s.anchor.quote, s.replacement, s.author, s.createdAt])).toEqual([
      ['a1', 1, '', ' and Councillor Khan', 'Councillor O’Brien', '2022-03-24T10:15:00.000Z'],
      ['a2', 1, '2022/23', '2023/24', 'Councillor O’Brien', '2022-03-24T10:20:00.000Z'],
      ['a3', 1, 'urgent ', '', 'Jeanette Richards', '2022-03-24T11:00:00.000Z'],
    ]);
    expect(outcome.formattingChanges).toBe(1);
    expect(outcome.unplacedChanges).toMatchObject([{ deleted: 'since ', reason: 'not-found', author: 'Jeanette Richards' }]);
    const accepted = acceptAllSuggestions(outcome.document.content, reviewOf(outcome.document).review, decision);
    expect(textsOf({ ...outcome.document, content: accepted.content })).toEqual([
      'Apologies for absence',
      'Apologies were received from Councillor Smith and Councillor Khan.',
      'Housing revenue account',
      'The Cabinet Member for Housing presented the report on rent levels for 2023/24.',
      'Members asked whether the increase would affect tenants on universal credit.',
      'Urgent business',
      'There was no business.',
    ]);
  });
});

describe('describeTrackedChanges', () => {
  it('names each change not made into a suggested edit, with its words, and counts the rest', () => {
    const outcome = importWordTrackedChanges(documentOf(minutes), readWordTrackedChanges(returned), options);
    expect(describeTrackedChanges({ ...outcome, duplicateChanges: 1 })).toBe(
      '2 tracked changes were not made into suggested edits; make them by hand if needed: a new paragraph “The Chair welcomed the new Director.” (Councillor O’Brien); deleting “since ” (Councillor O’Brien). ' +
        '2 formatting changes were not imported. 1 changed paragraph was already imported.',
    );
    expect(describeTrackedChanges({ unplacedChanges: [], formattingChanges: 0, duplicateChanges: 0 })).toBe('');
    const many = Array.from({ length: 14 }, (_, n) => ({ ...outcome.unplacedChanges[1]!, deleted: `word${n}` }));
    expect(describeTrackedChanges({ unplacedChanges: many, formattingChanges: 0, duplicateChanges: 0 })).toMatch(
      /deleting “word11” \(Councillor O’Brien\); and 2 more\.$/,
    );
  });
});
