// "It was agreed:" is never left alone at the foot of a page with its
// resolutions over the leaf: the PDF printed it as page 1's last line and
// "The update be noted" at the top of page 2. Word keeps it with the next
// paragraph too.
import { afterAll, describe, expect, it } from 'vitest';
import { item, lexicalRoot, para, resolution, resolutionsHeading } from '../../fixtures/export/lexical-builders';
import { seed000Document } from '../../fixtures/export/seed-000-document';
import { closePrinter, docxOf, layoutOf, pdfOf } from './export-test-kit';

afterAll(closePrinter);

/** The item with `fillers` one-line paragraphs before its resolutions, so they fall at different places on the page. */
function withFillers(fillers: number) {
  const paragraphs = Array.from({ length: fillers }, (_, index) => para(`Members discussed point ${index + 1} of the report.`));
  return {
    ...seed000Document(),
    content: lexicalRoot([item('CHILDREN’S IMPROVEMENT PLAN UPDATE'), ...paragraphs, resolutionsHeading('It Was Agreed:'), resolution('The update be noted')]),
  };
}

describe('the resolutions heading stays with its resolutions', () => {
  it('PDF: wherever the page ends, the heading and the first resolution share a page', async () => {
    const split: number[] = [];
    // Sixteen fillers put the heading on the last line of page 1 before the fix; the range covers the foot of the page either side.
    for (let fillers = 12; fillers <= 20; fillers += 1) {
      const pdf = await pdfOf(layoutOf(withFillers(fillers)));
      const headingPage = pdf.pages.findIndex((page) => page.includes('It Was Agreed:'));
      const resolutionPage = pdf.pages.findIndex((page) => page.includes('The update be noted'));
      expect(headingPage, `heading found with ${fillers} fillers`).toBeGreaterThanOrEqual(0);
      if (headingPage !== resolutionPage) split.push(fillers);
    }
    expect(split).toEqual([]);
  }, 30_000);

  it('Word: the heading paragraph keeps with the next', async () => {
    const body = await (await docxOf(layoutOf(withFillers(1)))).part('word/document.xml');
    const heading = /<w:p>(?:(?!<\/w:p>)[\s\S])*It Was Agreed:[\s\S]*?<\/w:p>/.exec(body)?.[0] ?? '';
    expect(heading).toContain('<w:keepNext/>');
  });
});
