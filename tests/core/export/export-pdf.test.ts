// PDF export through Chromium (the same HTML the app prints): tagged, with
// title, language and outline; header and "Page X of Y" on every page; text
// in order; public version free of exempt text; full version marked.
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_000_ITEMS, SEED_000_RESOLUTIONS, seed000Document } from '../../fixtures/export/seed-000-document';
import { SEED_003_EXEMPT_TEXT, seed003Document } from '../../fixtures/export/seed-003-document';
import { allAppendices, closePrinter, inOrder, layoutOf, pdfOf } from './export-test-kit';

afterAll(closePrinter);

describe('PDF export', () => {
  it('seed 000: tagged, titled, outlined, with header and footer on every page and the text in order', async () => {
    const pdf = await pdfOf(layoutOf(seed000Document(), { appendices: allAppendices }));
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.info).toMatch(/^Title:\s+Minutes of the Children and Young People Scrutiny Committee, 23 March 2022$/m);
    expect(pdf.html).toContain('<html lang="en-GB">');
    // Structure tree: headings, a list with items, tables with header cells.
    for (const tag of ['H1 (block)', 'H2 (block)', 'L (block)', 'LI (block)', 'Table (block)']) expect(pdf.structure).toContain(tag);
    expect(pdf.structure).toMatch(/^\s*TH\b/m);
    expect(pdf.structure).toContain('/Scope /Column');
    // The outline lists the items (Chromium writes an /Outlines dictionary from the headings).
    expect(Buffer.from(pdf.bytes).toString('latin1')).toMatch(/\/Outlines \d+ 0 R/);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain('Children and Young People Scrutiny Committee, 23 March 2022');
      expect(page).toContain(`Page ${index + 1} of ${pdf.pages.length}`);
      expect(page).not.toContain('Not for publication');
    });
    inOrder(pdf.text, [
      'Minutes of:',
      'Present:',
      ...SEED_000_ITEMS.map((title, index) => `${index + 1} ${title}`).slice(0, 5),
      'It was agreed:',
      ...SEED_000_RESOLUTIONS.flatMap((text, index) => [`${index + 1}.`, text.slice(0, 30)]),
      '6 URGENT BUSINESS',
      'COUNCILLOR S WRIGHT',
      'Chair',
      '(Note: The meeting started at 5.30 pm and ended at 6.45 pm)',
      'Appendix A: Glossary of acronyms',
      'Appendix B: Action log',
      'Jeanette',
      'Provide the cost of the recruitment campaign',
      '20 April',
      'Appendix C: Register of declarations of interest',
      'Appendix D: Attendance record',
    ]);
  }, 60_000);

  it('seed 003: public version has none of the exempt text; full version has it and is marked on every page', async () => {
    const publicPdf = await pdfOf(layoutOf(seed003Document(), { version: 'public', appendices: allAppendices }));
    for (const secret of SEED_003_EXEMPT_TEXT.slice(1)) expect(publicPdf.text.replace(/\s+/g, ' ')).not.toContain(secret.slice(0, 40));
    inOrder(publicPdf.text, [
      'CA.120 CHILDREN’S SERVICES IMPROVEMENT UPDATE',
      'Decision:',
      'Reasons for the decision:',
      'Other options considered and rejected:',
      'CA.121 PYRAMID PARK',
      'paragraph 3 of Part 1 of Schedule 12A',
    ]);

    const full = await pdfOf(layoutOf(seed003Document(), { version: 'full' }));
    for (const secret of SEED_003_EXEMPT_TEXT.slice(1)) expect(full.text.replace(/\s+/g, ' ')).toContain(secret.slice(0, 40));
    for (const page of full.pages) expect(page).toContain('Not for publication');
  }, 60_000);
});
