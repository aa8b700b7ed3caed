// Shared by the export tests: build a fixture's layout, write its files, and
// read them back with the tools a reviewer would use (mammoth, jszip,
// pdftotext, pdfinfo), so the tests assert on real outputs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { writeDocx } from '../../../core/export/docx-writer';
import { layoutFromDocument } from '../../../core/export/export-minutes';
import type { ExportOptions } from '../../../core/export/export-options';
import { renderLayoutHtml } from '../../../core/export/html-writer';
import type { LayoutDocument } from '../../../core/export/layout-model';
import { minutesDocumentSchema, type MinutesDocument } from '../../../core/storage/minutes-document';
import { createChromiumPdfPrinter } from '../../../scripts/chromium-pdf-printer';
import { printFinishedPdf } from '../../../electron/main/export/export-files';

export const allAppendices: ExportOptions['appendices'] = ['glossary', 'actions', 'declarations', 'attendance'];

export function parseDocument(raw: unknown): MinutesDocument {
  return minutesDocumentSchema.parse(raw);
}

export function layoutOf(raw: unknown, options: Partial<ExportOptions> = {}): LayoutDocument {
  return layoutFromDocument(parseDocument(raw), { version: 'public', appendices: [], ...options });
}

export async function docxOf(layout: LayoutDocument) {
  const bytes = await writeDocx(layout);
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  return { bytes, zip, part, html, text };
}

const printer = createChromiumPdfPrinter();
export const closePrinter = () => printer.close();

export function tempDir(): string {
  return mkdtempSync(path.join(process.env.TMPDIR ?? os.tmpdir(), 'export-test-'));
}

export async function pdfOf(layout: LayoutDocument) {
  const html = renderLayoutHtml(layout);
  // Printed and finished exactly as File › Export does.
  const bytes = await printFinishedPdf(layout, printer);
  const file = path.join(tempDir(), 'minutes.pdf');
  writeFileSync(file, bytes);
  return { bytes, file, html, ...pdfTexts(file) };
}

export function pdfTexts(file: string) {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return {
    text,
    pages: text.split('\f').filter((page) => page.trim()),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    structure: execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' }),
  };
}

/** Positions of each needle in the haystack, asserting all are found and in order. */
export function inOrder(haystack: string, needles: ReadonlyArray<string>): number[] {
  const flat = haystack.replace(/\s+/g, ' ');
  let from = 0;
  return needles.map((needle) => {
    const at = flat.indexOf(needle.replace(/\s+/g, ' '), from);
    if (at < 0) throw new Error(`“${needle.slice(0, 60)}” not found after position ${from}`);
    from = at + 1;
    return at;
  });
}
