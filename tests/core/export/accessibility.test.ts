// The exported PDF as far as PDF/UA-1 can be checked here (no validator is
// packaged in Debian): every page's painting is tagged or an artifact (the
// running header and footer), only standard structure types, list items are
// label and body, tables are caption and rows with header scope, the heading
// block is a table of row headers, headings nest, and the metadata names the
// document, the council and Minute Book with the PDF/UA identifier. The DOCX:
// headings with outline levels, list styles carrying their numbering, the
// language, a table style and table captions; and LibreOffice turns it into a
// PDF whose outline lists the minute headings.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../../core/export/layout-model';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { allAppendices, closePrinter, docxOf, layoutOf, pdfOf, tempDir } from './export-test-kit';

afterAll(closePrinter);

function sampleLayout(): LayoutDocument {
  const layout = layoutOf(seed003Document(), { version: 'full', appendices: allAppendices });
  // Emphasis inside a list item: Chromium tags it /Strong and /Em, which PDF/UA-1 readers do not know.
  layout.sections[0]!.blocks.push({
    kind: 'list',
    ordered: true,
    items: [[{ text: 'The plan is ' }, { text: 'approved', bold: true }, { text: ' with ' }, { text: 'conditions', italic: true }], [{ text: 'Report back' }]],
  });
  return layout;
}

let pdf: Awaited<ReturnType<typeof pdfOf>>;
let structStderr = '';

beforeAll(async () => {
  pdf = await pdfOf(sampleLayout());
  try {
    execFileSync('pdfinfo', ['-struct', pdf.file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    structStderr = String((error as { stderr?: string }).stderr ?? error);
  }
  structStderr ||= execFileSync('sh', ['-c', `pdfinfo -struct "${pdf.file}" 2>&1 >/dev/null`], { encoding: 'utf8' });
}, 60_000);

/** The structure tree as poppler prints it: [depth, type] for each element. */
function elements(structure: string): Array<[number, string]> {
  return structure
    .split('\n')
    .map((line) => /^( *)([A-Za-z][A-Za-z0-9]*)(?: \(|:|$| <)/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1]!.length / 2, match[2]!]);
}

function childrenOf(tree: Array<[number, string]>, type: string): string[][] {
  return tree.flatMap(([depth, name], index) => {
    if (name !== type) return [];
    const kids: string[] = [];
    for (let at = index + 1; at < tree.length && tree[at]![0] > depth; at += 1) if (tree[at]![0] === depth + 1) kids.push(tree[at]![1]);
    return [kids];
  });
}

describe('the exported PDF (PDF/UA-1, as far as checkable)', () => {
  it('marks everything painted outside the structure as an artifact: no untagged text or drawing on any page', async () => {
    const document = await PDFDocument.load(readFileSync(pdf.file));
    let artifacts = 0;
    for (const page of document.getPages()) {
      const contents = page.node.lookup(PDFName.of('Contents'));
      const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => document.context.lookup(ref as PDFRef)) : [contents];
      const text = streams.map((stream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream as PDFRawStream).decode())).join('\n');
      let depth = 0;
      for (const line of text.split('\n')) {
        if (/\b(BDC|BMC)$/.test(line)) depth += 1;
        if (line === '/Artifact BMC') artifacts += 1;
        if (/^EMC$/.test(line)) depth -= 1;
        if (depth === 0) expect(line).not.toMatch(/^(BT|.* (re|m)|.* Do)$/);
      }
    }
    // The header, the marking and the footer of every page at least.
    expect(artifacts).toBeGreaterThanOrEqual(pdf.pages.length * 3);
    expect(pdf.text).toContain('Page 1 of');
  });

  it('uses standard structure types only, so poppler reads every word', () => {
    expect(structStderr).not.toContain('wrong type');
    expect(pdf.structure).not.toMatch(/^\s*(Strong|Em)\b/m);
    const structText = execFileSync('pdfinfo', ['-struct-text', pdf.file], { encoding: 'utf8' });
    expect(structText).toContain('approved');
    expect(structText).toContain('conditions');
  });

  it('has list items of a label and a body, and tables of a caption and rows', () => {
    const tree = elements(pdf.structure);
    const items = childrenOf(tree, 'LI');
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const kids of items) expect(kids).toEqual(['Lbl', 'LBody']);
    const tables = childrenOf(tree, 'Table');
    // The heading block, the action log and the attendance record.
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const kids of tables) expect(kids.every((kid) => ['Caption', 'TR', 'THead', 'TBody'].includes(kid))).toBe(true);
    expect(pdf.structure).toMatch(/\/Scope \/Column/);
  });

  it('types the heading block as a table of row headers ("Minutes of:", "Date of Meeting:" …)', () => {
    expect(pdf.structure).toMatch(/\/Scope \/Row/);
    expect(pdf.html).toContain('<th scope="row">Minutes of:</th><td><p>CABINET</p></td>');
  });

  it('nests its headings without skipping a level', () => {
    const levels = elements(pdf.structure)
      .map(([, type]) => /^H(\d)$/.exec(type))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => Number(match[1]));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, index) => expect(level).toBeLessThanOrEqual(levels[index]! + 1));
  });

  it('names the document, the council and Minute Book, with the PDF/UA identifier in its XMP', () => {
    expect(pdf.info).toMatch(/^Title:\s+Minutes of the Cabinet, 13 April 2022$/m);
    expect(pdf.info).toMatch(/^Author:\s+Bury Council$/m);
    expect(pdf.info).toMatch(/^Creator:\s+Minute Book \d+\.\d+\.\d+$/m);
    expect(pdf.info).toMatch(/^Producer:\s+Minute Book \d+\.\d+\.\d+$/m);
    const xmp = execFileSync('pdfinfo', ['-meta', pdf.file], { encoding: 'utf8' });
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Minutes of the Cabinet, 13 April 2022</rdf:li>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
    expect(execFileSync('qpdf', ['--check', pdf.file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
  });
});

describe('the exported DOCX', () => {
  let docx: Awaited<ReturnType<typeof docxOf>>;
  beforeAll(async () => {
    docx = await docxOf(sampleLayout());
  });

  it('gives its headings outline levels and its list styles their numbering', async () => {
    const styles = await docx.part('word/styles.xml');
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles)?.[0] ?? '';
    expect(style('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(style('Heading3')).toContain('<w:outlineLvl w:val="2"/>');
    expect(style('ListNumber')).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(style('ListBullet')).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
  });

  it('says its language, styles its tables with a table style and gives each a caption', async () => {
    expect(await docx.part('docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    expect(await docx.part('word/styles.xml')).toMatch(/<w:lang w:val="en-GB"/);
    expect(await docx.part('word/styles.xml')).toContain('<w:style w:type="table" w:styleId="MinutesTable">');
    const document = await docx.part('word/document.xml');
    const tables = document.match(/<w:tblPr>.*?<\/w:tblPr>/gs) ?? [];
    expect(tables.length).toBeGreaterThan(2);
    for (const table of tables) {
      expect(table).toContain('<w:tblStyle w:val="MinutesTable"/>');
      expect(table).not.toContain('<w:tblBorders>');
      expect(table).toMatch(/<w:tblCaption w:val="[^"]+"\/>/);
    }
    expect(document).toContain('<w:tblCaption w:val="Action log"/>');
  });

  it('becomes, through LibreOffice, a PDF whose outline lists the minute headings', () => {
    const dir = tempDir();
    const file = path.join(dir, 'minutes.docx');
    writeFileSync(file, docx.bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=outlines', path.join(dir, 'minutes.pdf')], { encoding: 'utf8' })) as {
      outlines: Array<{ title: string; kids: unknown[] }>;
    };
    const titles: string[] = [];
    const walk = (nodes: Array<{ title: string; kids: unknown[] }>) => nodes.forEach((node) => (titles.push(node.title), walk(node.kids as typeof nodes)));
    walk(json.outlines);
    expect(titles).toEqual(
      expect.arrayContaining(['CA.120 CHILDREN’S SERVICES IMPROVEMENT UPDATE', 'CA.121 PYRAMID PARK', 'Appendix A: Glossary of acronyms', 'Decision:']),
    );
  }, 180_000);
});
