// The agenda's name for an item's report ("Report of Councillor N Barker,
// Leader of the Council …"), kept on the item since set-up, is printed first
// under the item's title where the house style says (print.reportLine), as
// NEDDC's minutes print it; in the DOCX, the HTML and the PDF alike. An exempt
// item's public version prints nothing of it, and with no style nothing changes.
import { afterAll, describe, expect, it } from 'vitest';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { item, lexicalRoot, para, person } from '../../fixtures/export/lexical-builders';
import { closePrinter, docxOf, layoutOf, parseDocument, pdfOf } from './export-test-kit';
import { neddcCabinetOf } from '../../fixtures/export/reference-committee-meetings';

afterAll(closePrinter);

const report = 'Report of Councillor N Barker, Leader of the Council';
const secretReport = 'Report of the Head of Property on the sale of Mill Lane depot';

function cabinetDocument(houseStyleId: string | null = 'neddc-cabinet') {
  return {
    formatVersion: 1,
    meeting: {
      ...neddcCabinetOf,
      venue: 'District Council Offices',
      houseStyleId,
      roster: [person('barker', 'Councillor', 'N Barker', 'chair')],
      attendance: [{ personId: 'barker', status: 'present' }],
    },
    content: lexicalRoot([
      item('People Strategy 2024', { reportName: report }),
      para('The report to Members proposed that the draft People Strategy be approved.'),
      item('Minutes of the Last Meeting'),
      para('Approved.'),
      item('Sale of land', { exemptParagraph: '3', reportName: secretReport }),
      para('The sale was agreed.'),
    ]),
  };
}

const paragraphs = (document: unknown, version: 'public' | 'full' = 'public') =>
  layoutOf(document, { version }).sections[0]!.blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : block.kind === 'heading' ? [`# ${block.text}`] : [],
  );

describe('the report’s name at the item', () => {
  it('is read from the item as the agenda gave it', () => {
    const document = parseDocument(cabinetDocument());
    expect(readMinutes(document.content, document.meeting).items.map((entry) => entry.reportName)).toEqual([report, null, secretReport]);
  });

  it('prints first under the title in the style’s words, and only where the item has one', () => {
    const printed = paragraphs(cabinetDocument());
    expect(printed.slice(0, 5)).toEqual([
      '# 1 People Strategy 2024',
      `${report}.`,
      'The report to Members proposed that the draft People Strategy be approved.',
      '# 2 Minutes of the Last Meeting',
      'Approved.',
    ]);
  });

  it('prints nothing of an exempt item’s report in the public version; the full version has it', () => {
    expect(JSON.stringify(layoutOf(cabinetDocument(), { version: 'public' }))).not.toContain(secretReport);
    expect(paragraphs(cabinetDocument(), 'full')).toContain(`${secretReport}.`);
  });

  it('prints nowhere without a house style, nor in a style that does not print it', () => {
    for (const style of [null, 'bury']) expect(JSON.stringify(layoutOf(cabinetDocument(style), { version: 'full' }))).not.toContain(report);
  });

  it('is in the DOCX, the HTML and the PDF', async () => {
    const layout = layoutOf(cabinetDocument());
    const docx = await docxOf(layout);
    expect(docx.text).toContain(`${report}.`);
    const pdf = await pdfOf(layout);
    expect(pdf.html).toContain(`<p>${report}.</p>`);
    expect(pdf.text.replace(/\s+/g, ' ')).toContain(`${report}.`);
    expect(pdf.text.replace(/\s+/g, ' ')).not.toContain(secretReport);
  }, 60_000);
});
