// A house style may print an item's text on its title's line ("2/ Declaration
// on Interest: Nil.", as Gotham's minutes do) when the item is one short
// paragraph: in the layout, and so in the DOCX, the HTML and the PDF alike.
// Only what the version prints is run on, so an exempt item's public version
// runs on its notice and never its text; with no style nothing changes.
import { afterAll, describe, expect, it } from 'vitest';
import { withItemTextRunOn } from '../../../core/export/item-run-on';
import type { LayoutBlock } from '../../../core/export/layout-model';
import { printSchema } from '../../../core/house-style/house-style-schema';
import { shippedHouseStyle } from '../../../core/house-style/meeting-house-style';
import { item, lexicalRoot, para, person, statement } from '../../fixtures/export/lexical-builders';
import { closePrinter, docxOf, layoutOf, pdfOf } from './export-test-kit';
import { gothamMeetingOf } from '../../fixtures/export/reference-committee-meetings';

afterAll(closePrinter);

const runOn = printSchema.parse({ itemTextRunOn: { separator: ': ', maxCharacters: 40 } });
const heading: Extract<LayoutBlock, { kind: 'heading' }> = { kind: 'heading', level: 1, text: '2/ Declaration on Interest', anchor: 'i2' };
const paragraph = (text: string): LayoutBlock => ({ kind: 'paragraph', runs: [{ text }] });

const secret = 'The tender from Acme Ltd was accepted at £40,000.';

function parishDocument(houseStyleId: string | null = 'gotham-parish-planning') {
  return {
    formatVersion: 1,
    meeting: {
      ...gothamMeetingOf,
      venue: 'Memorial Hall',
      houseStyleId,
      roster: [person('anderson', '', 'J.P. Anderson', 'chair')],
      attendance: [{ personId: 'anderson', status: 'present' }],
    },
    content: lexicalRoot([
      item('Declaration on Interest'),
      statement('no-declarations', 'Nil.'),
      item('Progress from the Minutes, not on the Agenda:'),
      para('Nil to report.'),
      item('Neighbourhood Plan'),
      para('Ken Mafham to assist with the Gotham Neighbourhood Plan.'),
      para('An RCAN meeting to take place at Bingham Methodist Church.'),
      item('Tender for the hall', { exemptParagraph: '3' }),
      para(secret),
    ]),
  };
}

describe('an item’s text run on from its title', () => {
  it('puts one short paragraph on the title’s line after the separator, not bold unless the clerk made it so', () => {
    expect(withItemTextRunOn(heading, [paragraph('Nil.')], runOn)).toEqual([
      { ...heading, text: '2/ Declaration on Interest:', runOn: [{ text: 'Nil.', bold: false }] },
    ]);
  });

  it('keeps a title’s own separator rather than doubling it', () => {
    expect(withItemTextRunOn({ ...heading, text: '1/ Apologies:' }, [paragraph('Nil')], runOn)).toMatchObject([{ text: '1/ Apologies:' }]);
  });

  it('leaves the text under the title when the item is more than one paragraph, not a paragraph, too long, or the style says not', () => {
    const unchanged = (body: LayoutBlock[], settings = runOn) => expect(withItemTextRunOn(heading, body, settings)).toEqual([heading, ...body]);
    unchanged([paragraph('Nil.'), paragraph('Absent: H.Taylor')]);
    unchanged([{ kind: 'list', ordered: true, items: [[{ text: 'Nil.' }]] }]);
    unchanged([paragraph('A paragraph far longer than the forty characters this style runs on.')]);
    unchanged([paragraph('Line one\nline two')]);
    unchanged([]);
    unchanged([paragraph('Nil.')], printSchema.parse({}));
  });

  it('prints in Gotham’s style on one line in the DOCX, the HTML and the PDF', async () => {
    const layout = layoutOf(parishDocument());
    const blocks = layout.sections[0]!.blocks;
    expect(blocks).toContainEqual({
      kind: 'heading',
      level: 1,
      text: '1/ Declaration on Interest:',
      anchor: expect.any(String),
      runOn: [{ text: 'Nil.', bold: false }],
    });
    expect(blocks).toContainEqual(
      expect.objectContaining({ kind: 'heading', text: '2/ Progress from the Minutes, not on the Agenda:', runOn: [{ text: 'Nil to report.', bold: false }] }),
    );
    // Two paragraphs: under the title, as before.
    expect(blocks).toContainEqual({ kind: 'heading', level: 1, text: '3/ Neighbourhood Plan', anchor: expect.any(String) });

    const docx = await docxOf(layout);
    expect(docx.text).toContain('1/ Declaration on Interest: Nil.');
    expect(docx.html).toContain('<h1>1/ Declaration on Interest: Nil.</h1>');
    // The run-on text is set apart from the heading's bold: the run says so in the DOCX.
    expect(await docx.part('word/document.xml')).toMatch(/<w:b w:val="false"\/>(?:(?!<\/w:r>).)*Nil\./s);

    const pdf = await pdfOf(layout);
    expect(pdf.html).toMatch(/<h2 id="[^"]+">1\/ Declaration on Interest: <span class="mb-run-on">Nil\.<\/span><\/h2>/);
    expect(pdf.text).toMatch(/1\/ Declaration on Interest: Nil\./);
    expect(pdf.text).toMatch(/2\/ Progress from the Minutes, not on the Agenda: Nil to report\./);
  }, 60_000);

  it('runs on only what the version prints: an exempt item’s public version never carries its text', () => {
    const publicLayout = layoutOf(parishDocument(), { version: 'public' });
    expect(JSON.stringify(publicLayout)).not.toContain(secret);
    // The public version prints the notice alone, so the notice is what runs on.
    expect(publicLayout.sections[0]!.blocks.at(-1)).toMatchObject({
      kind: 'heading',
      text: '4/ Tender for the hall:',
      runOn: [{ text: expect.stringMatching(/^The press and public were excluded/) }],
    });
    // The full version prints the notice and the text: two paragraphs, under the title.
    const full = layoutOf(parishDocument(), { version: 'full' }).sections[0]!.blocks;
    expect(full.slice(-3).map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(full.at(-3)).not.toHaveProperty('runOn');
  });

  it('changes nothing without a house style, nor in a shipped style that does not run text on', () => {
    const blocks = layoutOf(parishDocument(null)).sections[0]!.blocks;
    expect(blocks.filter((block) => block.kind === 'heading').every((block) => !('runOn' in block))).toBe(true);
    expect(shippedHouseStyle('bury')!.print.itemTextRunOn).toBeNull();
  });
});
