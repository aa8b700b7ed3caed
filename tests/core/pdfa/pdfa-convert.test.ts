// The archival copy of a real export: the seed 000 minutes printed by
// Chromium, then converted. Poppler reads it back — the PDF/A identification
// and the Info entries in the XMP, every font embedded with a Unicode map,
// tagging, title, text and structure unchanged — and pdf-lib checks what
// poppler does not show (output intent with the sRGB profile, outline, ID);
// qpdf checks the syntax and the embedded fonts' widths are compared.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutFromDocument } from '../../../core/export/export-minutes';
import { readLogo } from '../../../core/export/logo';
import { convertToPdfA } from '../../../core/export/pdfa/convert-to-pdfa';
import { srgbIccProfile } from '../../../core/export/pdfa/srgb-icc-profile';
import { seed000Document } from '../../fixtures/export/seed-000-document';
import { SEED_003_EXEMPT_TEXT, seed003Document } from '../../fixtures/export/seed-003-document';
import { allAppendices, closePrinter, layoutOf, parseDocument, pdfOf, pdfTexts } from '../export/export-test-kit';
import { widthMismatches } from './font-widths';
import { glyphReport } from './glyph-usage';
import { poppler, rgbaPng, writeTemp, xmpOf } from './pdfa-test-kit';

const modified = new Date('2026-03-24T09:15:30Z');
let original: Awaited<ReturnType<typeof pdfOf>>;
let archival: Uint8Array;
let file: string;

beforeAll(async () => {
  original = await pdfOf(layoutOf(seed000Document(), { appendices: allAppendices }));
  archival = await convertToPdfA(original.bytes, { modified });
  file = writeTemp(archival, 'minutes (PDF-A).pdf');
}, 60_000);
afterAll(closePrinter);

const infoLine = (info: string, name: string) => info.match(new RegExp(`^${name}:\\s+(.*)$`, 'm'))?.[1] ?? null;

function outlineTitles(document: PDFDocument): string[] {
  const titles: string[] = [];
  const walk = (entry: PDFObject | undefined) => {
    for (let item = document.context.lookup(entry); item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString) titles.push(title.decodeText());
      walk(item.get(PDFName.of('First')));
    }
  };
  walk(document.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First')));
  return titles;
}

describe('archival PDF/A copy of seed 000', () => {
  it('declares PDF/A-2u in XMP that agrees with the Info dictionary', () => {
    const info = poppler('pdfinfo', '-isodates', file);
    const xmp = xmpOf(file);
    expect(xmp.value('pdfaid', 'part')).toBe('2');
    expect(xmp.value('pdfaid', 'conformance')).toBe('U');
    expect(xmp.value('dc', 'title')).toBe('Minutes of the Children and Young People Scrutiny Committee, 23 March 2022');
    expect(xmp.value('dc', 'title')).toBe(infoLine(info, 'Title'));
    expect(xmp.value('dc', 'language')).toBe('en-GB');
    expect(xmp.value('pdf', 'Producer')).toBe(infoLine(info, 'Producer'));
    expect(xmp.value('xmp', 'CreatorTool')).toBe(infoLine(info, 'Creator'));
    const instant = (text: string | null) => new Date(text ?? 'missing').getTime();
    expect(instant(xmp.value('xmp', 'ModifyDate'))).toBe(modified.getTime());
    expect(instant(infoLine(info, 'ModDate'))).toBe(modified.getTime());
    expect(instant(xmp.value('xmp', 'CreateDate'))).toBe(instant(infoLine(info, 'CreationDate')));
    expect(infoLine(info, 'CreationDate')).toBe(infoLine(poppler('pdfinfo', '-isodates', original.file), 'CreationDate'));
    expect(infoLine(info, 'Metadata Stream')).toBe('yes');
    expect(infoLine(info, 'Encrypted')).toBe('no');
    expect(infoLine(info, 'JavaScript')).toBe('no');
  });

  it('keeps every font embedded and mapped to Unicode, the tagging, title, text, structure and outline', () => {
    const fonts = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    expect(fonts).toEqual(poppler('pdffonts', original.file).split('\n').slice(2).filter(Boolean));
    const after = pdfTexts(file);
    expect(infoLine(after.info, 'Tagged')).toBe('yes');
    expect(infoLine(after.info, 'Title')).toBe(infoLine(original.info, 'Title'));
    expect(after.text).toBe(original.text);
    expect(after.structure).toBe(original.structure);
    expect(after.structure).toContain('H1 (block)');
  });

  it('has the outline, an sRGB output intent with the embedded profile, a file ID and a binary header', async () => {
    const copy = await PDFDocument.load(archival, { updateMetadata: false });
    const titles = outlineTitles(copy);
    expect(titles).toContain('1 APOLOGIES FOR ABSENCE');
    expect(titles).toEqual(outlineTitles(await PDFDocument.load(original.bytes, { updateMetadata: false })));

    const intents = copy.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(intent.lookup(PDFName.of('OutputConditionIdentifier'), PDFString).decodeText()).toBe('sRGB IEC61966-2.1');
    const profile = intent.lookup(PDFName.of('DestOutputProfile')) as PDFRawStream;
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    expect(Buffer.from(decodePDFRawStream(profile).decode())).toEqual(Buffer.from(srgbIccProfile()));

    const metadata = copy.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
    expect(metadata.dict.has(PDFName.of('Filter'))).toBe(false);

    const raw = Buffer.from(archival).toString('latin1');
    expect(raw).toMatch(/\/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]/);
    expect(raw.slice(0, 9)).toBe('%PDF-1.7\n');
    expect([...archival.subarray(10, 14)].every((byte) => byte > 127)).toBe(true);
    expect(raw).not.toContain('/Encrypt');
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('looks exactly the same: every page renders to the same pixels', () => {
    const pages = (pdf: string) => {
      const prefix = path.join(path.dirname(pdf), `render-${path.basename(pdf, '.pdf')}`);
      poppler('pdftoppm', '-r', '36', '-png', pdf, prefix);
      return readdirSync(path.dirname(pdf))
        .filter((name) => name.startsWith(path.basename(prefix)))
        .sort()
        .map((name) => readFileSync(path.join(path.dirname(pdf), name)));
    };
    const before = pages(original.file);
    expect(before.length).toBeGreaterThan(1);
    expect(pages(file)).toEqual(before);
  }, 60_000);

  it('passes qpdf’s syntax check, and every font’s declared widths match its embedded program', async () => {
    expect(poppler('qpdf', '--check', file)).toContain('No syntax or stream encoding errors found');
    const widths = widthMismatches(await PDFDocument.load(archival, { updateMetadata: false }));
    expect(widths.fonts).toBeGreaterThan(0);
    expect(widths.compared).toBeGreaterThan(50);
    expect(widths.mismatches).toEqual([]);
  });

  it('draws no .notdef glyph, and every glyph drawn maps to Unicode text (level U)', async () => {
    const glyphs = glyphReport(await PDFDocument.load(archival, { updateMetadata: false }));
    expect(glyphs.drawn).toBeGreaterThan(1000);
    expect(glyphs.notdef).toBe(0);
    expect(glyphs.unmapped).toEqual([]);
    expect(glyphs.text).toContain('APOLOGIES FOR ABSENCE');
    expect(glyphs.text).toContain('Page 1 of');
  });
});

describe('archival PDF/A copy of seed 003 (full version) with a translucent logo', () => {
  it('keeps the image and its soft mask, the marking on every page and the exempt text', async () => {
    const logo = readLogo(rgbaPng(4, 2), 'Council logo');
    const printed = await pdfOf(layoutFromDocument(parseDocument(seed003Document()), { version: 'full', appendices: [] }, logo));
    const copy = writeTemp(await convertToPdfA(printed.bytes, { modified }), 'full (PDF-A).pdf');
    expect(poppler('qpdf', '--check', copy)).toContain('No syntax or stream encoding errors found');
    const images = poppler('pdfimages', '-list', copy);
    expect(images).toMatch(/^\s*1\s+\d+\s+image\s+4\s+2\s+(icc|rgb)\s+3\s+8\s+image\s+no\b/m);
    expect(images).toMatch(/^\s*1\s+\d+\s+smask\s+4\s+2/m);
    expect(images).toBe(poppler('pdfimages', '-list', printed.file));
    const after = pdfTexts(copy);
    expect(after.text).toBe(printed.text);
    expect(after.pages.length).toBeGreaterThan(0);
    for (const page of after.pages) expect(page).toContain('Not for publication');
    for (const secret of SEED_003_EXEMPT_TEXT.slice(1)) expect(after.text.replace(/\s+/g, ' ')).toContain(secret.slice(0, 40));
    expect(xmpOf(copy).value('pdfaid', 'part')).toBe('2');
  }, 60_000);
});
