// DOCX export of the seed 000 and 003 meetings, read back with mammoth and
// inspected part by part: named styles, Word numbering, header, footer,
// properties, public/full versions, and one LibreOffice conversion to prove
// the file opens without repair.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_000_ITEMS, SEED_000_PARAGRAPHS, SEED_000_RESOLUTIONS, seed000Document } from '../../fixtures/export/seed-000-document';
import { SEED_003_EXEMPT_TEXT, SEED_003_PARAGRAPHS, seed003Document } from '../../fixtures/export/seed-003-document';
import { allAppendices, closePrinter, docxOf, inOrder, layoutOf, tempDir } from './export-test-kit';

afterAll(closePrinter);

describe('DOCX export of seed 000', () => {
  it('has the heading, items in capitals and order, the reference text, numbered resolutions and the signature block', async () => {
    const { html, text } = await docxOf(layoutOf(seed000Document()));
    inOrder(text, [
      'Bury Council',
      'Minutes of:',
      'CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE',
      'Date of Meeting:',
      '23 March 2022',
      'Present:',
      'Councillor S Wright (in the Chair)',
      'Also in attendance:',
      'Public Attendance:',
      'Apologies for Absence:',
      'Georgia Murphy — Youth Cabinet Chair',
      ...SEED_000_ITEMS.slice(0, 2).map((title, index) => `${index + 1} ${title}`),
      'Councillor Lancaster declared a personal interest as she is a member of Bury2gether.',
      ...SEED_000_PARAGRAPHS,
      'It was agreed:',
      ...SEED_000_RESOLUTIONS,
      '6 URGENT BUSINESS',
      'There was no urgent business raised at the meeting.',
      'COUNCILLOR S WRIGHT',
      'Chair',
      '(Note: The meeting started at 5.30 pm and ended at 6.45 pm)',
    ]);
    const headings = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((match) => match[1]);
    expect(headings).toEqual(SEED_000_ITEMS.map((title, index) => `${index + 1} ${title}`));
    // Word numbering comes back as a real ordered list, in order.
    const list = /<ol>(.*?)<\/ol>/.exec(html)?.[1] ?? '';
    expect([...list.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]!.replace(/&#39;|‘|’/g, "'"))).toEqual(
      SEED_000_RESOLUTIONS.map((text) => text.replace(/‘|’/g, "'")),
    );
  });

  it('uses named styles and real numbering, with header, Page X of Y footer and properties', async () => {
    const { part } = await docxOf(layoutOf(seed000Document()));
    const document = await part('word/document.xml');
    const styles = await part('word/styles.xml');
    for (const id of ['Title', 'Heading1', 'ListNumber', 'HeadingLine', 'ChairSignature', 'MinutesNote'])
      expect(document).toContain(`<w:pStyle w:val="${id}"/>`);
    for (const name of ['Title', 'Heading 1', 'Heading 2', 'List Number', 'List Bullet', 'Normal']) expect(styles).toContain(`<w:name w:val="${name}"/>`);
    expect(styles).toMatch(/<w:rFonts w:ascii="Arial"/);
    expect(styles).toContain('<w:sz w:val="24"/>');
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
    // Resolutions are numbered by Word (numPr on the List Number paragraphs), not typed digits.
    const numbered = [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="ListNumber"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)];
    expect(numbered).toHaveLength(SEED_000_RESOLUTIONS.length);
    for (const [paragraph] of numbered) expect(paragraph).toContain('<w:numPr>');
    expect(await part('word/numbering.xml')).toContain('<w:numFmt w:val="decimal"/>');
    const header = await part('word/header1.xml');
    expect(header).toContain('Children and Young People Scrutiny Committee, 23 March 2022');
    const footer = await part('word/footer1.xml');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(footer).toContain('Page ');
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>Minutes of the Children and Young People Scrutiny Committee, 23 March 2022</dc:title>');
    expect(core).toContain('<dc:creator>Bury Council</dc:creator>');
    expect(core).toMatch(/<dc:subject>Minutes of the Children and Young People Scrutiny Committee meeting held on 23 March 2022/);
  });

  it('opens in LibreOffice (headless conversion to PDF) with its text and footers', async () => {
    const { bytes } = await docxOf(layoutOf(seed000Document(), { appendices: allAppendices }));
    const dir = tempDir();
    const file = path.join(dir, 'seed-000.docx');
    writeFileSync(file, bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'seed-000.pdf'), '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page).toContain('Children and Young People Scrutiny Committee, 23 March 2022');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    inOrder(text, [
      '5 DRAFT BURY CHILDREN SERVICES IMPROVEMENT PLAN',
      'It was agreed:',
      '1.',
      SEED_000_RESOLUTIONS[0]!.slice(0, 40),
      'Appendix A: Glossary of acronyms',
    ]);
    expect(readFileSync(path.join(dir, 'seed-000.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});

describe('DOCX export of seed 003 (cabinet, exempt item)', () => {
  it('records the executive decision under its three headings with running minute numbers', async () => {
    const { html, text } = await docxOf(layoutOf(seed003Document()));
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1])).toEqual([
      'Decision:',
      'Reasons for the decision:',
      'Other options considered and rejected:',
    ]);
    inOrder(text, [
      'CA.120 CHILDREN’S SERVICES IMPROVEMENT UPDATE',
      ...SEED_003_PARAGRAPHS,
      'Decision:',
      'Cabinet noted the update.',
      'Reasons for the decision:',
      'Other options considered and rejected:',
      'N/A',
      'CA.121 PYRAMID PARK',
    ]);
  });

  it('public version: leaves out the exempt text, keeps the title and the Schedule 12A line; full version keeps it, marked', async () => {
    const publicDocx = await docxOf(layoutOf(seed003Document(), { version: 'public', appendices: allAppendices }));
    for (const secret of SEED_003_EXEMPT_TEXT.slice(1)) expect(publicDocx.text).not.toContain(secret);
    expect(publicDocx.text).not.toContain('For 2, against 0');
    expect(publicDocx.text).not.toContain('That the site be acquired');
    expect(publicDocx.text).toContain('CA.121 PYRAMID PARK');
    expect(publicDocx.text).toContain('under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972');
    expect(await publicDocx.part('word/header1.xml')).not.toContain('Not for publication');

    const full = await docxOf(layoutOf(seed003Document(), { version: 'full' }));
    for (const secret of SEED_003_EXEMPT_TEXT.slice(1)) expect(full.text).toContain(secret);
    expect(await full.part('word/header1.xml')).toContain('Not for publication');
    expect(await full.part('word/footer1.xml')).toContain('Not for publication');
  });
});
