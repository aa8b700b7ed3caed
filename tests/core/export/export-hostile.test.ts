// Text from the clerk is data, never markup: names and text with <, &, quotes
// and script come out literally in the HTML, the DOCX and the PDF, the PDF's
// page header and footer included.
import { afterAll, describe, expect, it } from 'vitest';
import { buildMinutesLayout } from '../../../core/export/build-layout';
import { renderLayoutHtml } from '../../../core/export/html-writer';
import { cssString } from '../../../core/export/pdf-page-setup';
import type { MinutesContent } from '../../../core/minutes/minutes-model';
import { meetingSchema } from '../../../core/model/meeting';
import { closePrinter, docxOf, pdfOf } from './export-test-kit';

afterAll(closePrinter);

const SCRIPT = '<script>alert("x")</script>';
const NAME = `Councillor O'Neil & "Sons" <b>`;
const meeting = meetingSchema.parse({
  councilName: 'Tom & Jerry <Parish> Council',
  committeeName: `Planning ${SCRIPT}`,
  title: 'Planning',
  date: '2022-03-23',
  venue: '',
});
const minutes: MinutesContent = {
  preamble: [],
  items: [
    {
      id: 'a',
      number: '1',
      title: `Land at <Mill> & "Weir" Lane`,
      exempt: null,
      urgent: false,
      blocks: [
        { kind: 'paragraph', text: [{ text: `${NAME} said ${SCRIPT} & 5 < 6 > 4 'quoted'`, bold: true }] },
        { kind: 'resolutions', heading: 'It was agreed:', resolutions: [[{ text: `<img src=x onerror=alert(1)> approved` }]] },
      ],
    },
  ],
  close: { chair: { personId: null, name: NAME }, startedAt: '17:30', endedAt: '18:00' },
};
const layout = buildMinutesLayout({ meeting, heading: [{ label: 'Present:', text: NAME }], minutes, options: { version: 'public', appendices: [] } });

describe('hostile text', () => {
  it('is escaped in the HTML: no element the clerk typed exists', () => {
    const html = renderLayoutHtml(layout);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('O&#39;Neil &amp; &quot;Sons&quot; &lt;b&gt;');
  });

  it('comes out literally in the DOCX and the PDF', async () => {
    const docx = await docxOf(layout);
    const pdf = await pdfOf(layout);
    for (const text of [
      `${NAME} said ${SCRIPT} & 5 < 6 > 4 'quoted'`,
      '<img src=x onerror=alert(1)> approved',
      `1 LAND AT <MILL> & "WEIR" LANE`,
      'Tom & Jerry <Parish> Council',
    ]) {
      expect(docx.text).toContain(text);
      expect(pdf.text.replace(/\s+/g, ' ')).toContain(text);
    }
    expect(pdf.pages[0]).toContain(`Planning ${SCRIPT}, 23 March 2022`);
    expect(await docx.part('word/header1.xml')).toContain('Planning &lt;script&gt;');
  }, 60_000);
});

// The running header and footer are @page margin boxes: the committee, date and
// marking sit in CSS strings inside <style>, where HTML escaping does not apply.
describe('hostile text in the page header and footer', () => {
  const COMMITTEE = `</style><script>alert(1)</script>"\\`;
  const MARKING = `</STYLE ><b>"Secret" & \\A draft</b>`;
  const hostile = meetingSchema.parse({
    councilName: 'Bury Council',
    committeeName: COMMITTEE,
    title: 'Planning',
    date: '2022-03-23',
    venue: '',
    houseStyle: { notForPublication: MARKING },
  });
  // An exempt item, so the full version differs from the public one and carries the marking.
  const withExempt: MinutesContent = {
    ...minutes,
    items: [
      ...minutes.items,
      {
        id: 'b',
        number: '2',
        title: 'Land sale',
        exempt: { paragraph: '3' },
        urgent: false,
        blocks: [{ kind: 'paragraph', text: [{ text: 'The offer was accepted.' }] }],
      },
    ],
  };
  const fullLayout = buildMinutesLayout({ meeting: hostile, heading: [], minutes: withExempt, options: { version: 'full', appendices: [] } });

  it('cannot close the style element or start a script', () => {
    const html = renderLayoutHtml(fullLayout);
    expect(html.match(/<style/gi)).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<b>/i);
  });

  it('escapes quotes, backslashes, newlines and <, >, & inside the CSS string', () => {
    expect(cssString('a"b\\c\nd</style>&')).toBe('"a\\"b\\\\c\\A d\\3C /style\\3E \\26 "');
  });

  it('prints the committee and the marking literally on every page', async () => {
    const pdf = await pdfOf(fullLayout);
    expect(pdf.pages.length).toBeGreaterThan(0);
    pdf.pages.forEach((page, index) => {
      const lines = page.split('\n').filter((line) => line.trim());
      const [header, footer] = [lines[0]!, lines.at(-1)!];
      expect(header).toContain(`${COMMITTEE}, 23 March 2022`);
      expect(header).toContain(MARKING);
      expect(footer).toContain(MARKING);
      expect(footer).toContain(`Page ${index + 1} of ${pdf.pages.length}`);
    });
  }, 60_000);
});
