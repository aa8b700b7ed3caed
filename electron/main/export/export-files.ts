// Makes the exported files from a .minutes document: the one path shared by
// the File › Export handler and the command-line exporter, so the two produce
// the same files (save for the timestamps inside them).
import { writeDocx } from '../../../core/export/docx-writer';
import { layoutFromDocument } from '../../../core/export/export-minutes';
import type { ExportOptions } from '../../../core/export/export-options';
import { renderLayoutHtml } from '../../../core/export/html-writer';
import type { LayoutDocument, LayoutLogo } from '../../../core/export/layout-model';
import { convertToPdfA } from '../../../core/export/pdfa/convert-to-pdfa';
import { finishPdf } from '../../../core/export/pdfua/finish-pdf';
import { version } from '../../../package.json';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import type { PdfPrinter } from '../ports/handler-deps';

export interface ExportTargets {
  docx?: string;
  pdf?: string;
  /** The archival PDF/A-2u copy, made from the same print as the PDF. */
  pdfa?: string;
}

export interface ExportWriter {
  printer: PdfPrinter;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

/** Chromium's print, finished for PDF/UA (artifacts, standard tags, metadata naming Minute Book) before anything is written. */
export async function printFinishedPdf(layout: LayoutDocument, printer: PdfPrinter, modified = new Date()): Promise<Uint8Array> {
  return finishPdf(await printer.print(renderLayoutHtml(layout)), {
    title: layout.title,
    subject: layout.subject,
    author: layout.author,
    language: layout.language,
    producer: `Minute Book ${version}`,
    modified,
  });
}

export async function exportMinutesFiles(
  document: MinutesDocument,
  options: ExportOptions,
  targets: ExportTargets,
  writer: ExportWriter,
  logo: LayoutLogo | null = null,
): Promise<string[]> {
  const layout = layoutFromDocument(document, options, logo);
  const written: string[] = [];
  if (targets.docx) {
    await writer.writeFile(targets.docx, await writeDocx(layout));
    written.push(targets.docx);
  }
  if (targets.pdf || targets.pdfa) {
    const printed = await printFinishedPdf(layout, writer.printer);
    // Converted before anything is written, so a refused copy leaves no PDF half-exported.
    const archival = targets.pdfa ? await convertToPdfA(printed, { modified: new Date(), language: 'en-GB' }) : null;
    if (targets.pdf) {
      await writer.writeFile(targets.pdf, printed);
      written.push(targets.pdf);
    }
    if (targets.pdfa && archival) {
      await writer.writeFile(targets.pdfa, archival);
      written.push(targets.pdfa);
    }
  }
  return written;
}
