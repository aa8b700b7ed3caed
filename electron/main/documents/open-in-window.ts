// Where a file that has just been read goes: into this window as its document
// (File › Open, a library result), or to a window of its own when this one
// holds work. Shared by the document and library handlers, which never import
// each other.
import type { OpenOutcome } from '../../../core/ipc/contract';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import type { DocumentStorage } from '../storage/document-storage';
import { displayNameOf, type DocumentRegistry } from './document-registry';

/** The file goes to a window of its own, which takes the lock itself (this window's claim on it is let go). */
export async function openInOwnWindow(deps: HandlerDeps, storage: DocumentStorage, filePath: string, { releaseOurLock = true } = {}): Promise<OpenOutcome> {
  if (releaseOurLock) await storage.locks.release(filePath);
  deps.windows.openNewWindow(filePath);
  return { status: 'opened-in-new-window', displayName: displayNameOf(filePath) };
}

/** A file this window has just read and locked becomes its document: registered, tracked and remembered as recent. */
export async function adoptLockedFile(
  deps: HandlerDeps,
  registry: DocumentRegistry,
  storage: DocumentStorage,
  context: CallContext,
  filePath: string,
  document: MinutesDocument,
): Promise<OpenOutcome> {
  const entry = registry.register(context.windowId, filePath);
  storage.track(entry.id, false);
  await storage.noteFileOpened(entry.id, filePath);
  deps.settings.addRecentFile(filePath);
  return { status: 'opened', opened: { documentId: entry.id, displayName: displayNameOf(filePath), hasFile: true, readOnly: false, document } };
}
