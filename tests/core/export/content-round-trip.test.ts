// Everything a clerk can type reaches both formats as typed: the toolbar's
// headings, nested lists (the clerk's point 3 stays 3), Shift+Enter line
// breaks, tabs, links (words and address); characters XML cannot hold are
// dropped with a check; clerk placeholders never print; the heading gives the
// venue and times. Each form is exported once to DOCX (raw XML and mammoth)
// and to the HTML the PDF is printed from, and once printed to PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMinutes } from '../../../core/checks/minutes-checks';
import { renderLayoutHtml } from '../../../core/export/html-writer';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { action, close, declaration, decisionPart, item, lexicalRoot, para, person, vote, type Node } from '../../fixtures/export/lexical-builders';
import { closePrinter, docxOf, layoutOf, parseDocument, pdfOf } from './export-test-kit';

afterAll(closePrinter);

const text = (value: string, format = 0): Node => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const element = (type: string, children: Node[], fields: Record<string, unknown> = {}): Node => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...fields,
  children,
});
const listItem = (children: Node[]): Node => element('listitem', children, { value: 1 });
const list = (ordered: boolean, items: Node[]): Node =>
  element('list', items, { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' });

const raw = {
  formatVersion: 1,
  meeting: {
    councilName: 'Bury Council',
    committeeName: 'Cabinet',
    title: 'Cabinet',
    date: '2022-04-13',
    venue: 'Bury Town Hall',
    startedAt: '17:30',
    endedAt: '18:45',
    roster: [person('smith', 'Councillor', 'A Smith', 'chair')],
    attendance: [{ personId: 'smith', status: 'present' }],
  },
  content: lexicalRoot([
    item('Forms'),
    element('heading', [text('Background to the plan')], { tag: 'h1' }),
    element('heading', [text('Costs in detail')], { tag: 'h2' }),
    list(true, [
      listItem([text('First point')]),
      listItem([text('Second point')]),
      listItem([list(false, [listItem([text('sub-point a')]), listItem([text('sub-point b')])])]),
      listItem([text('Third point')]),
    ]),
    element('paragraph', [text('Line one of an address'), { type: 'linebreak', version: 1 }, text('Line two of an address')], { textFormat: 0, textStyle: '' }),
    element('paragraph', [text('Cost'), { type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' }, text('£1,200')], {
      textFormat: 0,
      textStyle: '',
    }),
    element(
      'paragraph',
      [
        text('The webcast is at '),
        element('link', [text('the council website')], { url: 'https://www.bury.gov.uk/webcasts', rel: null, target: null, title: null }),
        text('.'),
      ],
      { textFormat: 0, textStyle: '' },
    ),
    para('Bad\uFFFF character\u0001 here'),
    item('Placeholders'),
    decisionPart('decision', 'The plan was approved.'),
    decisionPart('reasons', ''),
    decisionPart('alternatives', ''),
    vote('', { for: 0, against: 0, abstain: 0 }),
    action(null, '', 'Write to the applicant.', null),
    declaration('smith', 'Councillor A Smith', 'other', 'is a school governor'),
    { ...declaration('smith', 'Councillor A Smith', 'prejudicial', 'owns the land'), leftRoom: true },
  ]),
};

let docxXml = '';
let docxText = '';
let html = '';
let pdfText = '';
const flat = (value: string) => value.replace(/\s+/g, ' ');

beforeAll(async () => {
  const layout = layoutOf(raw, { appendices: ['actions', 'declarations'] });
  const docx = await docxOf(layout);
  docxXml = await docx.part('word/document.xml');
  docxText = docx.text;
  html = renderLayoutHtml(layout);
  pdfText = flat((await pdfOf(layout)).text);
}, 60_000);

describe('content typed in the editor, in both formats', () => {
  it('prints the toolbar headings as headings', async () => {
    expect(html).toContain('<h3>Background to the plan</h3>');
    expect(html).toContain('<h4>Costs in detail</h4>');
    expect(docxXml).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Background to the plan/);
    expect(docxXml).toMatch(/<w:pStyle w:val="Heading3"\/><\/w:pPr><w:r><w:t xml:space="preserve">Costs in detail/);
  });

  it('keeps a nested list under its point and the numbering after it', () => {
    expect(html).toContain('<ol><li>First point</li><li>Second point<ul><li>sub-point a</li><li>sub-point b</li></ul></li><li>Third point</li></ol>');
    // In Word the nested points are level 1 of their own list; the outer list's three points are one instance.
    const levels = [...docxXml.matchAll(/<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">([^<]+)/g)].map(
      (match) => [match[3], match[1], match[2]],
    );
    const outer = levels.find(([words]) => words === 'First point')![2];
    expect(levels.filter(([words]) => /point$/.test(words!))).toEqual([
      ['First point', '0', outer],
      ['Second point', '0', outer],
      ['Third point', '0', outer],
    ]);
    expect(levels.filter(([words]) => words!.startsWith('sub-point')).map(([, level]) => level)).toEqual(['1', '1']);
    expect(pdfText).toMatch(/1\. First point 2\. Second point .*sub-point a .*sub-point b 3\. Third point/);
  });

  it('keeps Shift+Enter line breaks and tabs as breaks and tabs', () => {
    expect(html).toContain('Line one of an address<br>Line two of an address');
    expect(html).toContain('Cost<span class="mb-tab">\t</span>£1,200');
    expect(docxXml).toContain('Line one of an address</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Line two of an address');
    expect(docxXml).toMatch(/Cost<\/w:t><w:tab\/><w:t xml:space="preserve">£1,200/);
    expect(docxXml).not.toMatch(/<w:t[^>]*>[^<]*[\n\t]/);
    expect(docxText).toMatch(/Line one of an address\s*Line two of an address/);
  });

  it('prints a link with its address', () => {
    for (const printed of [html, docxText, pdfText])
      expect(flat(printed)).toContain('The webcast is at the council website (https://www.bury.gov.uk/webcasts).');
  });

  it('drops characters a published file cannot hold, and the checks say where', () => {
    expect(docxXml).toContain('Bad character here');
    expect(html).toContain('Bad character here');
    expect(docxXml).not.toContain('\uFFFF');
    expect(docxXml).not.toContain('\u0001');
    const document = parseDocument(raw);
    const warnings = checkMinutes(document.meeting, readMinutes(document.content, document.meeting));
    expect(warnings.filter((warning) => warning.kind === 'unpublishable-character')).toHaveLength(1);
  });

  it('prints no clerk placeholders: empty decision parts, an uncounted vote, an unknown owner, "an other interest"', () => {
    for (const printed of [flat(docxText), flat(html.replace(/<[^>]+>/g, ' ')), pdfText]) {
      expect(printed).toContain('Decision:');
      expect(printed).not.toContain('Reasons for the decision:');
      expect(printed).not.toContain('Other options considered');
      expect(printed).not.toMatch(/the motion was (lost|carried)/);
      expect(printed).not.toContain('not recorded');
      expect(printed).not.toContain('No date set');
      expect(printed).toContain('Action: Write to the applicant.');
      expect(printed).toContain('Councillor A Smith declared an interest is a school governor.');
      expect(printed).not.toContain('an other interest');
    }
    const document = parseDocument(raw);
    const kinds = checkMinutes(document.meeting, readMinutes(document.content, document.meeting)).map((warning) => warning.kind);
    expect(kinds).toEqual(expect.arrayContaining(['decision-reasons', 'decision-alternatives', 'vote-counts', 'vote-motion', 'action-owner']));
  });

  it('says the member left the room for the item, as the editor does', () => {
    expect(flat(docxText)).toContain('They left the room while the item was considered.');
    expect(flat(docxText)).not.toContain('left the meeting');
  });

  it('prints no empty signature line when no chair is named', () => {
    const unsigned = {
      ...raw,
      meeting: { ...raw.meeting, roster: [person('smith', 'Councillor', 'A Smith', 'member')] },
      content: lexicalRoot([item('Only item'), para('Noted.'), close('', '', '17:30', '18:45')]),
    };
    const blocks = layoutOf(unsigned).sections[0]!.blocks;
    expect(blocks.filter((block) => block.kind === 'signature')).toEqual([]);
    expect(blocks.at(-1)).toEqual({ kind: 'note', text: '(Note: The meeting started at 5.30 pm and ended at 6.45 pm)' });
  });

  it('prints the venue and the times in the heading', () => {
    for (const printed of [flat(docxText), flat(html.replace(/<[^>]+>/g, ' ')), pdfText]) {
      expect(printed).toMatch(/Date of Meeting:\s*13 April 2022\s*Venue:\s*Bury Town Hall\s*Time:\s*5\.30 pm to 6\.45 pm/);
    }
  });
});
