// New, open, save and save-as of .minutes files. Plain functions of validated
// input: the dispatcher has already checked the payload against the contract.
// Every file opened is locked (or opened read-only if someone else holds it);
// every explicit save also takes a version snapshot (see DocumentStorage).
import path from 'node:path';
import type { documentChannels } from '../../../core/ipc/channels/document-channels';
import type { InitialDocument, OpenOutcome, SaveOutcome } from '../../../core/ipc/contract';
import { AppError } from '../../../core/ipc/ipc-result';
import { ukMomentOf } from '../../../core/storage/describe-time';
import { describeLockOwner } from '../../../core/storage/lock-file';
import {
  createEmptyMinutesDocument,
  MinutesLimitError,
  outgrownFileMessage,
  serializeMinutesDocument,
  type MinutesDocument,
} from '../../../core/storage/minutes-document';
import { displayNameOf, withMinutesExtension, type DocumentRegistry } from '../documents/document-registry';
import { notOverwriting } from '../documents/not-overwriting';
import { adoptLockedFile, openInOwnWindow } from '../documents/open-in-window';
import { confirmReplace, exists } from '../documents/replace-guard';
import type { LibraryService } from '../library/library-service';
import { NewWindowLimit } from '../limits/app-limits';
import { noteMeetingNumbers } from '../meetings/committee-numbering';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup, HandlerInput } from '../ports/handler-types';
import { describeDiskProblem } from '../storage/disk-problems';
import type { DocumentStorage } from '../storage/document-storage';
import { readMinutesFile } from '../storage/read-minutes-file';
import { realFilePath } from '../storage/real-path';

export function createDocumentHandlers(deps: HandlerDeps, registry: DocumentRegistry, storage: DocumentStorage, library: LibraryService) {
  const newWindows = new NewWindowLimit(() => deps.clock.now().getTime());
  /** Locks the file for this window, or says why it opens read-only. */
  async function claimFile(filePath: string): Promise<{ readOnly: boolean; notice: string | null }> {
    const claim = await storage.lock(filePath);
    if (claim.status !== 'held') return { readOnly: false, notice: null };
    const since = ukMomentOf(new Date(claim.lock.lockedAt), deps.clock.now());
    return {
      readOnly: true,
      notice: `“${path.basename(filePath)}” is open by ${describeLockOwner(claim.lock)} (since ${since}), so it has opened read-only here: changes will not be saved to it. Use Save As to keep a copy.`,
    };
  }

  async function initialDocument(_input: HandlerInput<'document/initial'>, context: CallContext): Promise<InitialDocument> {
    // A page asking again was reloaded or crashed: what it had open is orphaned, and its journals become recoverable.
    registry.release(context.windowId);
    const asked = deps.windows.takePendingFile(context.windowId);
    const pending = asked ? await realFilePath(asked.filePath) : null;
    let problem: string | null = null;
    if (pending) {
      try {
        const document = await readMinutesFile(deps, pending, storage);
        const claim = await claimFile(pending);
        const entry = registry.register(context.windowId, pending);
        storage.track(entry.id, claim.readOnly);
        await storage.noteFileOpened(entry.id, pending);
        deps.settings.addRecentFile(pending);
        return {
          opened: { documentId: entry.id, displayName: displayNameOf(pending), hasFile: true, readOnly: claim.readOnly, document },
          problem: claim.notice,
          // Read-only (open in another window) is no meeting to start typing in.
          startedMeeting: asked?.startedMeeting === true && !claim.readOnly,
        };
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
    }
    const entry = registry.register(context.windowId, null);
    storage.track(entry.id, false, false);
    return {
      opened: { documentId: entry.id, displayName: displayNameOf(null), hasFile: false, document: createEmptyMinutesDocument() },
      problem,
      startedMeeting: false,
    };
  }

  async function openDocument(input: HandlerInput<'document/open'>, context: CallContext): Promise<OpenOutcome> {
    const chosen = await deps.dialogs.chooseFileToOpen(context);
    if (!chosen) return { status: 'cancelled' };
    const filePath = await realFilePath(chosen);
    const document = await readMinutesFile(deps, filePath, storage);
    const claim = await storage.lock(filePath);
    if (claim.status === 'held') {
      // Never silently share a file: the page asks the clerk, who may open it read-only.
      const token = storage.offerReadOnly({ filePath, document, windowId: context.windowId, replaceCurrent: input.replaceCurrent });
      return { status: 'locked', displayName: displayNameOf(filePath), lockedBy: describeLockOwner(claim.lock), lockedSince: claim.lock.lockedAt, token };
    }
    if (!input.replaceCurrent) {
      // Never replace work in progress: the file gets a window of its own, which takes the lock itself.
      return openInOwnWindow(deps, storage, filePath);
    }
    return adoptLockedFile(deps, registry, storage, context, filePath, document);
  }

  async function saveDocument(input: HandlerInput<'document/save'>, context: CallContext): Promise<SaveOutcome> {
    const entry = registry.owned(input.documentId, context, 'Save it with Save As.');
    if (!entry.filePath || storage.isReadOnly(entry.id)) return saveDocumentAs(input, context);
    const filePath = entry.filePath;
    return storage.exclusive(entry.id, async () => {
      const changed = await storage.changedElsewhere(entry.id, filePath);
      if (changed) throw new AppError('io-error', `${changed}.`);
      return write(entry.id, filePath, input.document);
    });
  }

  async function saveDocumentAs(input: HandlerInput<'document/save-as'>, context: CallContext): Promise<SaveOutcome> {
    const entry = registry.owned(input.documentId, context, 'Save it with Save As.');
    const chosen = await deps.dialogs.chooseSavePath(context, `${displayNameOf(entry.filePath)}.minutes`);
    if (!chosen) return { status: 'cancelled' };
    const named = withMinutesExtension(chosen);
    // The dialog asked about replacing the name it showed; one it never saw (the extension added here) is asked about now.
    if (named !== chosen && (await exists(named)) && !(await confirmReplace(deps, context, named))) return { status: 'cancelled' };
    const target = await realFilePath(named);
    const newlyLocked = target !== entry.filePath || storage.isReadOnly(entry.id);
    if (newlyLocked) {
      const claim = await storage.lock(target);
      if (claim.status === 'held') {
        throw notOverwriting(target, claim.lock);
      }
    }
    try {
      return await storage.exclusive(entry.id, () => write(entry.id, target, input.document));
    } catch (error) {
      if (newlyLocked) await storage.locks.release(target);
      throw error;
    }
  }

  async function write(documentId: string, filePath: string, document: MinutesDocument): Promise<SaveOutcome> {
    let text: string;
    try {
      text = serializeMinutesDocument(document);
    } catch (error) {
      if (error instanceof MinutesLimitError) throw new AppError('file-too-large', outgrownFileMessage(path.basename(filePath), error.message));
      throw error;
    }
    try {
      await deps.files.writeAtomic(filePath, text);
    } catch (error) {
      throw new AppError(
        'io-error',
        `“${path.basename(filePath)}” could not be saved: ${describeDiskProblem(error)}. Your text is still here; try again or use Save As.`,
      );
    }
    const previousPath = registry.get(documentId)?.filePath ?? null;
    registry.setPath(documentId, filePath);
    const versionProblem = await storage.afterExplicitSave(registry.get(documentId)!, previousPath, displayNameOf(filePath), document);
    deps.settings.addRecentFile(filePath);
    return {
      status: 'saved',
      displayName: displayNameOf(filePath),
      savedAt: deps.clock.now().toISOString(),
      notice: versionProblem ? `${versionProblem}.` : null,
    };
  }

  /**
   * Once the clerk's Save or Save As has put the meeting in its file: its committee's running minute
   * numbers follow it (so the next meeting continues from it), then the library indexes it once the
   * clerk pauses. Neither is ever the reason a save fails.
   */
  async function followSave(input: HandlerInput<'document/save'>, outcome: SaveOutcome): Promise<SaveOutcome> {
    if (outcome.status === 'cancelled') return outcome;
    await noteMeetingNumbers(deps, input.document);
    const filePath = registry.get(input.documentId)?.filePath;
    if (filePath) library.noteSaved(filePath, input.document);
    return outcome;
  }

  return {
    'document/initial': initialDocument,
    'document/open': openDocument,
    'document/save': async (input, context) => followSave(input, await saveDocument(input, context)),
    'document/save-as': async (input, context) => followSave(input, await saveDocumentAs(input, context)),
    'window/new': async () => {
      newWindows.check(registry.windowCount());
      deps.windows.openNewWindow();
      return {};
    },
    'window/close-answer': async (input, context) => {
      deps.windows.answerClose(context.windowId, input.close);
      return {};
    },
  } satisfies HandlerGroup<keyof typeof documentChannels>;
}
