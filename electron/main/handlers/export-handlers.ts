// File › Export: asks where to save each chosen format, then makes the files
// with exportMinutesFiles (shared with the command-line exporter). A failure
// names the file and the reason; the minutes themselves are never touched.
import path from 'node:path';
import type { exportChannels, ExportOutcome } from '../../../core/ipc/channels/export-channels';
import { suggestedExportName } from '../../../core/export/export-minutes';
import { archivalPdfName } from '../../../core/export/pdfa/archival-name';
import { PdfAConversionError } from '../../../core/export/pdfa/convert-to-pdfa';
import { publicVersionBlockers, publicVersionRefusal } from '../../../core/checks/publication-blockers';
import { AppError } from '../../../core/ipc/ipc-result';
import { exportMinutesFiles, type ExportTargets } from '../export/export-files';
import type { DocumentRegistry } from '../documents/document-registry';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup, HandlerInput } from '../ports/handler-types';

export function createExportHandlers(deps: HandlerDeps, registry: DocumentRegistry) {
  async function exportMinutes(input: HandlerInput<'export/minutes'>, context: CallContext): Promise<ExportOutcome> {
    registry.owned(input.documentId, context); // only the window holding the document exports it
    const services = deps.exports;
    // Checked here, not only in the dialog: nothing that is a note to the clerk reaches a published file unasked.
    if (input.options.version === 'public' && !input.waiveChecks) {
      const blockers = publicVersionBlockers(input.document);
      if (blockers.length > 0) throw new AppError('not-allowed', publicVersionRefusal(blockers));
    }
    const targets: ExportTargets = {};
    for (const format of ['docx', 'pdf', 'pdfa'] as const) {
      if (!input.formats.includes(format)) continue;
      const extension = format === 'docx' ? 'docx' : 'pdf';
      const suggested = suggestedExportName(input.document, input.options, extension);
      const chosen = await services.chooseExportPath(context, format === 'pdfa' ? archivalPdfName(suggested) : suggested, format);
      if (!chosen) return { status: 'cancelled' };
      targets[format] = path.extname(chosen).toLowerCase() === `.${extension}` ? chosen : `${chosen}.${extension}`;
    }
    if (targets.pdfa && targets.pdfa === targets.pdf) {
      throw new AppError(
        'not-allowed',
        'The archival PDF/A copy needs its own file name: the ordinary PDF is already being saved there. Export again and choose another name.',
      );
    }
    try {
      const written = await exportMinutesFiles(input.document, input.options, targets, services);
      return { status: 'exported', fileNames: written.map((file) => path.basename(file)) };
    } catch (error) {
      if (error instanceof PdfAConversionError) throw new AppError('io-error', `${error.message} Nothing in the minutes has changed.`);
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError('io-error', `The minutes could not be exported: ${reason}. Nothing in the minutes has changed; try again or choose another folder.`);
    }
  }

  return { 'export/minutes': exportMinutes } satisfies HandlerGroup<keyof typeof exportChannels>;
}
