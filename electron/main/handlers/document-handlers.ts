// New, open, save and save-as of .minutes files. Plain functions of validated
// input: the dispatcher has already checked the payload against the contract.
import path from 'node:path';
import type { InitialDocument, InputOf, OpenOutcome, SaveOutcome } from '../../../core/ipc/contract';
import { AppError } from '../../../core/ipc/ipc-result';
import { createEmptyMinutesDocument, serializeMinutesDocument, type MinutesDocument } from '../../../core/storage/minutes-document';
import { MAX_MINUTES_FILE_BYTES, parseMinutesFile } from '../../../core/storage/parse-minutes-file';
import { DocumentRegistry, displayNameOf, withMinutesExtension } from './document-registry';
import type { CallContext, HandlerDeps } from './handler-deps';
import type { HandlerGroup } from './handler-table';
import type { documentChannels } from '../../../core/ipc/channels/document-channels';

export function createDocumentHandlers(deps: HandlerDeps, registry: DocumentRegistry) {
  async function initialDocument(_input: InputOf<'document/initial'>, context: CallContext): Promise<InitialDocument> {
    const pending = deps.windows.takePendingFile(context.windowId);
    let problem: string | null = null;
    if (pending) {
      try {
        const document = await readMinutesFile(deps, pending);
        const entry = registry.register(context.windowId, pending);
        deps.settings.addRecentFile(pending);
        return { opened: { documentId: entry.id, displayName: displayNameOf(pending), hasFile: true, document }, problem };
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
    }
    const entry = registry.register(context.windowId, null);
    return {
      opened: { documentId: entry.id, displayName: displayNameOf(null), hasFile: false, document: createEmptyMinutesDocument() },
      problem,
    };
  }

  async function openDocument(input: InputOf<'document/open'>, context: CallContext): Promise<OpenOutcome> {
    const filePath = await deps.dialogs.chooseFileToOpen(context);
    if (!filePath) return { status: 'cancelled' };
    const document = await readMinutesFile(deps, filePath);
    if (!input.replaceCurrent) {
      // Never replace work in progress: the file gets a window of its own.
      deps.windows.openNewWindow(filePath);
      return { status: 'opened-in-new-window', displayName: displayNameOf(filePath) };
    }
    const entry = registry.register(context.windowId, filePath);
    deps.settings.addRecentFile(filePath);
    return { status: 'opened', opened: { documentId: entry.id, displayName: displayNameOf(filePath), hasFile: true, document } };
  }

  async function saveDocument(input: InputOf<'document/save'>, context: CallContext): Promise<SaveOutcome> {
    const entry = ownedDocument(registry, input.documentId, context);
    if (!entry.filePath) return saveDocumentAs(input, context);
    return write(entry.id, entry.filePath, input.document);
  }

  async function saveDocumentAs(input: InputOf<'document/save-as'>, context: CallContext): Promise<SaveOutcome> {
    const entry = ownedDocument(registry, input.documentId, context);
    const chosen = await deps.dialogs.chooseSavePath(context, `${displayNameOf(entry.filePath)}.minutes`);
    if (!chosen) return { status: 'cancelled' };
    return write(entry.id, withMinutesExtension(chosen), input.document);
  }

  async function write(documentId: string, filePath: string, document: MinutesDocument): Promise<SaveOutcome> {
    try {
      await deps.files.writeAtomic(filePath, serializeMinutesDocument(document));
    } catch (error) {
      throw new AppError('io-error', `“${path.basename(filePath)}” could not be saved: ${describeIoError(error)}. Your text is still here; try again or use Save As.`);
    }
    registry.setPath(documentId, filePath);
    deps.settings.addRecentFile(filePath);
    return { status: 'saved', displayName: displayNameOf(filePath), savedAt: deps.clock.now().toISOString() };
  }

  return {
    'document/initial': initialDocument,
    'document/open': openDocument,
    'document/save': saveDocument,
    'document/save-as': saveDocumentAs,
    'window/new': async () => {
      deps.windows.openNewWindow();
      return {};
    },
  } satisfies HandlerGroup<keyof typeof documentChannels>;
}

/** Reads and checks a minutes file; the file is only ever read here. */
export async function readMinutesFile(deps: Pick<HandlerDeps, 'files'>, filePath: string): Promise<MinutesDocument> {
  const name = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    bytes = await deps.files.read(filePath, MAX_MINUTES_FILE_BYTES);
  } catch (error) {
    throw new AppError('io-error', `“${name}” could not be opened: ${describeIoError(error)}.`);
  }
  const parsed = parseMinutesFile(bytes);
  if (!parsed.ok) {
    throw new AppError('invalid-file', `“${name}” could not be opened because ${parsed.problem}. The file has not been changed.`);
  }
  return parsed.document;
}

function ownedDocument(registry: DocumentRegistry, documentId: string, context: CallContext) {
  const entry = registry.get(documentId);
  if (!entry || entry.windowId !== context.windowId) {
    throw new AppError('unknown-document', 'This document is not open in this window. Save it with Save As.');
  }
  return entry;
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file or its folder no longer exists';
    case 'EACCES':
    case 'EPERM':
      return 'permission was refused';
    case 'EROFS':
      return 'the folder is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EBUSY':
      return 'the file is locked by another program';
    case 'EFBIG':
    case 'ERR_FILE_TOO_LARGE':
      return 'the file is too large';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
