// The export handler's side of the archival copy, without Chromium: a
// stand-in printer returns a small PDF, and the handler must suggest the
// "(PDF-A)" name, print once for both PDFs, write the ordinary PDF as the
// print finished for PDF/UA (not PDF/A) and the copy as PDF/A; refuse one file name for both; and, if the print
// cannot be made archival, say why and write nothing.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minutesDocumentSchema } from '../../core/storage/minutes-document';
import { DocumentRegistry } from '../../electron/main/documents/document-registry';
import { createExportHandlers } from '../../electron/main/handlers/export-handlers';
import type { ExportServices } from '../../electron/main/ports/handler-deps';
import { seed000Document } from '../fixtures/export/seed-000-document';
import { testHandlerDeps } from './support/test-deps';

async function printedPdf(withJavaScript = false): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  document.setTitle('Minutes of the Cabinet');
  if (withJavaScript) document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.beep()') }));
  return document.save();
}

function rig(answers: string[], printed: Promise<Uint8Array>) {
  const asked: string[] = [];
  const written = new Map<string, Uint8Array>();
  let prints = 0;
  const services: ExportServices = {
    printer: { print: async () => ((prints += 1), printed) },
    chooseExportPath: async (_context, suggested, format) => (asked.push(`${format}: ${suggested}`), answers.shift() ?? null),
    writeFile: async (file, bytes) => void written.set(file, bytes),
  };
  const registry = new DocumentRegistry();
  const { id } = registry.register(1, null);
  // Exporting reads only `exports` from the ports; the others are the usual doubles.
  const handlers = createExportHandlers(testHandlerDeps(mkdtempSync(path.join(tmpdir(), 'minute-book-export-')), { exports: services }), registry);
  const exportMinutes = (formats: Array<'docx' | 'pdf' | 'pdfa'>) =>
    handlers['export/minutes'](
      { documentId: id, document: minutesDocumentSchema.parse(seed000Document()), options: { version: 'public', appendices: [] }, formats, waiveChecks: false },
      { windowId: 1 },
    );
  return { asked, written, prints: () => prints, exportMinutes };
}

describe('export/minutes with the archival copy', () => {
  it('suggests the “(PDF-A)” name, prints once, and writes the finished PDF and the copy as PDF/A', async () => {
    const printed = await printedPdf();
    const { asked, written, prints, exportMinutes } = rig(['/out/minutes.pdf', '/out/minutes (PDF-A)'], Promise.resolve(printed));
    expect(await exportMinutes(['pdf', 'pdfa'])).toEqual({ status: 'exported', fileNames: ['minutes.pdf', 'minutes (PDF-A).pdf'] });
    expect(asked).toEqual([
      'pdf: Children and Young People Scrutiny Committee 23 March 2022 minutes (public).pdf',
      'pdfa: Children and Young People Scrutiny Committee 23 March 2022 minutes (public) (PDF-A).pdf',
    ]);
    expect(prints()).toBe(1);
    // The ordinary PDF is the same print, finished (metadata naming the minutes and Minute Book), never made PDF/A.
    const plain = await PDFDocument.load(written.get('/out/minutes.pdf')!, { updateMetadata: false });
    expect(plain.getPageCount()).toBe((await PDFDocument.load(printed)).getPageCount());
    expect(plain.catalog.has(PDFName.of('OutputIntents'))).toBe(false);
    expect(plain.getTitle()).toBe('Minutes of the Children and Young People Scrutiny Committee, 23 March 2022');
    expect(plain.getProducer()).toMatch(/^Minute Book \d/);
    const copy = await PDFDocument.load(written.get('/out/minutes (PDF-A).pdf')!);
    expect(copy.catalog.has(PDFName.of('Metadata'))).toBe(true);
    expect(copy.catalog.has(PDFName.of('OutputIntents'))).toBe(true);
    expect(copy.getTitle()).toBe(plain.getTitle());
  });

  it('refuses one file name for both the PDF and its archival copy, writing nothing', async () => {
    const { written, exportMinutes } = rig(['/out/minutes.pdf', '/out/minutes.pdf'], printedPdf());
    await expect(exportMinutes(['pdf', 'pdfa'])).rejects.toMatchObject({ code: 'not-allowed', message: expect.stringContaining('needs its own file name') });
    expect(written.size).toBe(0);
  });

  it('says why a print cannot be made archival, and writes neither PDF', async () => {
    const { written, exportMinutes } = rig(['/out/minutes.pdf', '/out/minutes (PDF-A).pdf'], printedPdf(true));
    await expect(exportMinutes(['pdf', 'pdfa'])).rejects.toMatchObject({
      code: 'io-error',
      message: 'The archival PDF/A copy cannot be made because the PDF contains JavaScript, which PDF/A does not allow. Nothing in the minutes has changed.',
    });
    expect(written.size).toBe(0);
  });
});
