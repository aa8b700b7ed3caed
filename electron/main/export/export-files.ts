// Makes the exported files from a .minutes document: the one path shared by
// the File › Export handler and the command-line exporter, so the two produce
// the same files (save for the timestamps inside them).
import { writeDocx } from '../../../core/export/docx-writer';
import { layoutFromDocument, printableHtml } from '../../../core/export/export-minutes';
import type { ExportOptions } from '../../../core/export/export-options';
import type { LayoutLogo } from '../../../core/export/layout-model';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import type { PdfPrinter } from '../handlers/handler-deps';

export interface ExportTargets {
  docx?: string;
  pdf?: string;
}

export interface ExportWriter {
  printer: PdfPrinter;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

export async function exportMinutesFiles(document: MinutesDocument, options: ExportOptions, targets: ExportTargets, writer: ExportWriter, logo: LayoutLogo | null = null): Promise<string[]> {
  const layout = layoutFromDocument(document, options, logo);
  const written: string[] = [];
  if (targets.docx) {
    await writer.writeFile(targets.docx, await writeDocx(layout));
    written.push(targets.docx);
  }
  if (targets.pdf) {
    const { html, setup } = printableHtml(layout);
    await writer.writeFile(targets.pdf, await writer.printer.print(html, setup));
    written.push(targets.pdf);
  }
  return written;
}
