// Word comments written by the DOCX writer, on a small layout: ranges that
// cross emphasis, overlap, sit at a point, or run over two list items keep
// the text and its emphasis whole, and each range opens before it closes.
import { describe, expect, it } from 'vitest';
import { buildMinutesLayout } from '../../../core/export/build-layout';
import type { LayoutComment, LayoutDocument } from '../../../core/export/layout-model';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { docxOf } from './export-test-kit';

const base: LayoutDocument = buildMinutesLayout({
  meeting: { ...createEmptyMeeting(), committeeName: 'Cabinet' },
  heading: [],
  minutes: { preamble: [], items: [], close: null },
  options: { version: 'public', appendices: [] },
});

const layout = (comments: LayoutComment[]): LayoutDocument => ({
  ...base,
  sections: [
    {
      newPage: false,
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'The rent ' }, { text: 'will rise', bold: true }, { text: ' by 4.1%.' }] },
        { kind: 'list', ordered: true, items: [[{ text: 'First point.' }], [{ text: 'Second point.' }]] },
      ],
    },
  ],
  comments,
});

const comment = (start: [number, number, number], end: [number, number, number], body: string): LayoutComment => ({
  author: 'Councillor S Wright',
  date: '2022-03-24T10:00:00.000Z',
  body,
  replies: [],
  resolved: false,
  start: { section: 0, block: start[0], part: start[1], offset: start[2] },
  end: { section: 0, block: end[0], part: end[1], offset: end[2] },
});

/** The body's runs and comment marks, in order, as short tokens. */
function tokens(documentXml: string): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.indexOf('<w:sectPr'));
  return [
    ...body.matchAll(
      /<w:commentRange(Start|End) w:id="(\d+)"\/>|<w:commentReference w:id="(\d+)"\/>|<w:r>(<w:rPr><w:b\/><w:bCs\/><\/w:rPr>)?<w:t xml:space="preserve">([^<]*)<\/w:t>|<\/w:p>/g,
    ),
  ].map((match) =>
    match[0] === '</w:p>'
      ? '¶'
      : match[1]
        ? `${match[1] === 'Start' ? '[' : ']'}${match[2]}`
        : match[3]
          ? `ref${match[3]}`
          : `${match[4] ? '*' : ''}${match[5]}`,
  );
}

describe('Word comments in the DOCX', () => {
  it('cuts runs only where comments start and end, keeping their emphasis', async () => {
    const { part, text } = await docxOf(
      layout([
        comment([0, 0, 4], [0, 0, 13], 'crosses the bold'),
        comment([0, 0, 9], [0, 0, 27], 'overlaps it'),
        comment([0, 0, 27], [0, 0, 27], 'at a point, the end'),
        comment([1, 0, 6], [1, 1, 6], 'over two items'),
      ]),
    );
    expect(tokens((await part('word/document.xml'))!)).toEqual([
      'The ',
      '[0',
      'rent ',
      '[1',
      '*will',
      ']0',
      'ref0',
      '* rise',
      ' by 4.1%.',
      ']1',
      'ref1',
      '[2',
      ']2',
      'ref2',
      '¶',
      'First ',
      '[3',
      'point.',
      '¶',
      'Second',
      ']3',
      'ref3',
      ' point.',
      '¶',
    ]);
    expect(text).toContain('The rent will rise by 4.1%.');
    const comments = (await part('word/comments.xml'))!;
    expect([...comments.matchAll(/<w:comment w:id="(\d+)"[^>]*>.*?<w:t xml:space="preserve">([^<]*)</g)].map((match) => [match[1], match[2]])).toEqual([
      ['0', 'crosses the bold'],
      ['1', 'overlaps it'],
      ['2', 'at a point, the end'],
      ['3', 'over two items'],
    ]);
  });

  it('keeps a resolved comment resolved even with no replies in the file', async () => {
    const { part } = await docxOf(layout([{ ...comment([0, 0, 0], [0, 0, 8], 'done'), resolved: true }, comment([0, 0, 9], [0, 0, 18], 'open')]));
    const extended = (await part('word/commentsExtended.xml'))!;
    expect([...extended.matchAll(/<w15:commentEx [^>]*\/>/g)].map((match) => match[0])).toEqual([
      '<w15:commentEx w15:paraId="00000001" w15:done="1"/>',
      '<w15:commentEx w15:paraId="00000002" w15:done="0"/>',
    ]);
  });

  it('writes no comments part when there are none', async () => {
    const { part } = await docxOf(layout([]));
    expect(await part('word/comments.xml')).toBe('');
    expect(await part('word/document.xml')).not.toContain('commentRange');
  });
});
