// Compare, main side: reads the two things the page may compare the minutes
// with — a saved version of this document, or a .minutes file the clerk picks
// in the Open dialog — and returns the parsed document. Nothing is written
// and nothing opened for editing: a comparison is read-only.
import path from 'node:path';
import type { compareChannels } from '../../../core/ipc/channels/compare-channels';
import type { OutputOf } from '../../../core/ipc/contract';
import { AppError } from '../../../core/ipc/ipc-result';
import type { DocumentStorage } from '../storage/document-storage';
import { readMinutesFile } from '../storage/read-minutes-file';
import { VersionStore } from '../storage/version-store';
import type { DocumentRegistry } from '../documents/document-registry';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup, HandlerInput } from '../ports/handler-types';

export function createCompareHandlers(deps: HandlerDeps, registry: DocumentRegistry, storage: DocumentStorage) {
  async function readVersion(input: HandlerInput<'compare/read-version'>, context: CallContext): Promise<OutputOf<'compare/read-version'>> {
    const entry = registry.owned(input.documentId, context);
    try {
      return { document: await storage.versions.read(VersionStore.keyOf(entry.filePath, entry.id), input.versionId) };
    } catch (error) {
      throw new AppError('invalid-file', `That version cannot be compared: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }

  async function readFile(_input: HandlerInput<'compare/read-file'>, context: CallContext): Promise<OutputOf<'compare/read-file'>> {
    const chosen = await deps.dialogs.chooseFileToOpen(context);
    if (!chosen) return { status: 'cancelled' };
    // The same checks as opening it; the file is only read, never locked or changed.
    const document = await readMinutesFile(deps, chosen, storage);
    return { status: 'read', fileName: path.basename(chosen), document };
  }

  return {
    'compare/read-version': readVersion,
    'compare/read-file': readFile,
  } satisfies HandlerGroup<keyof typeof compareChannels>;
}
