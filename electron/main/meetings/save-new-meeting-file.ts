// A new meeting that does not take this window (New meeting, "New meeting of
// this committee") is saved under a name the clerk chooses before its own
// window opens it. Shared by the meeting and library handlers.
import path from 'node:path';
import { AppError } from '../../../core/ipc/ipc-result';
import { serializeMinutesDocument, type MinutesDocument } from '../../../core/storage/minutes-document';
import { withMinutesExtension } from '../documents/document-registry';
import { notOverwriting } from '../documents/not-overwriting';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import { describeDiskProblem } from '../storage/disk-problems';
import type { DocumentStorage } from '../storage/document-storage';

/**
 * Saves a new meeting under the name the clerk chooses (null when the dialog is cancelled), never over a
 * file someone has open. The lock is let go once written: the meeting's own window takes it.
 */
export async function saveNewMeetingFile(
  deps: HandlerDeps,
  storage: DocumentStorage,
  context: CallContext,
  suggestedName: string,
  document: MinutesDocument,
): Promise<string | null> {
  const chosen = await deps.dialogs.chooseSavePath(context, suggestedName);
  if (!chosen) return null;
  const target = withMinutesExtension(chosen);
  const claim = await storage.lock(target);
  if (claim.status === 'held') throw notOverwriting(target, claim.lock);
  try {
    await deps.files.writeAtomic(target, serializeMinutesDocument(document));
  } catch (error) {
    throw new AppError('io-error', `The new meeting could not be saved as “${path.basename(target)}”: ${describeDiskProblem(error)}. Choose another folder.`);
  } finally {
    await storage.locks.release(target);
  }
  return target;
}
