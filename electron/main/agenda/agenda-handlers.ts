// Importing a published agenda, main side: main asks which file (its own Open
// dialog; the page never names a path), reads it with a size limit, and has
// the untrusted-file worker read it. Nothing is changed by an import: the
// page shows what was understood and the clerk decides.
import path from 'node:path';
import type { agendaChannels } from '../../../core/ipc/channels/agenda-channels';
import { AppError } from '../../../core/ipc/ipc-result';
import type { HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';
import { runUntrusted } from '../workers/run-untrusted';
import type { AgendaFileKind } from './read-agenda-file';

/** A published agenda is tens of kilobytes; one with every report attached, a few megabytes. */
export const MAX_AGENDA_FILE_BYTES = 30 * 1024 * 1024;

function kindOf(fileName: string): AgendaFileKind | null {
  const extension = path.extname(fileName).toLowerCase();
  return extension === '.docx' ? 'docx' : extension === '.pdf' ? 'pdf' : null;
}

export function createAgendaHandlers(deps: HandlerDeps): HandlerGroup<keyof typeof agendaChannels> {
  return {
    'agenda/import': async (_input, context) => {
      const chosen = await deps.agendaFiles.chooseAgendaFile(context);
      if (!chosen) return { status: 'cancelled' };
      const fileName = path.basename(chosen);
      const fileKind = kindOf(fileName);
      if (!fileKind)
        throw new AppError(
          'invalid-file',
          `“${fileName}” is not a Word document (.docx) or a PDF, so Minute Book cannot read it as an agenda. Choose the agenda as published, in one of those.`,
        );
      let bytes: Uint8Array;
      try {
        bytes = await deps.files.read(chosen, MAX_AGENDA_FILE_BYTES);
      } catch (error) {
        if (error instanceof AppError) throw error;
        if ((error as NodeJS.ErrnoException).code === 'EFBIG') {
          throw new AppError(
            'file-too-large',
            `“${fileName}” is larger than any agenda (over ${MAX_AGENDA_FILE_BYTES / 1024 / 1024} MB), so it was not read. Import the agenda on its own, without the reports attached.`,
          );
        }
        throw new AppError('io-error', `“${fileName}” could not be read. Check that it is still there and that you may open it, then try again.`);
      }
      const agenda = await runUntrusted({ kind: 'agenda', bytes, fileName, fileKind }, { fileName });
      return { status: 'read', fileName, agenda };
    },
  };
}
