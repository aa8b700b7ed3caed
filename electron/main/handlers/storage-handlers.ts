// Autosave, crash recovery, version history and opening a locked file
// read-only. Plain functions of validated input, like every handler group.
import path from 'node:path';
import type { AutosaveResult, storageChannels } from '../../../core/ipc/channels/storage-channels';
import type { OpenOutcome, OutputOf } from '../../../core/ipc/contract';
import { AppError } from '../../../core/ipc/ipc-result';
import { ReviewRuleError } from '../../../core/review/approval';
import { restoreKeepingReview } from '../../../core/review/restore-version';
import { ukMomentOf } from '../../../core/storage/describe-time';
import { describeLockOwner, type LockFile } from '../../../core/storage/lock-file';
import { serializeMinutesDocument } from '../../../core/storage/minutes-document';
import { parseMinutesFile } from '../../../core/storage/parse-minutes-file';
import { countWords } from '../../../core/storage/recovery-journal';
import { applyMinutesBlocksInSteps, type MinutesBlockStore } from '../../../core/storage/minutes-blocks';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import type { DocumentStorage } from '../storage/document-storage';
import { readMinutesFile } from '../storage/read-minutes-file';
import { RecoveryStore } from '../storage/recovery-store';
import { VersionStore } from '../storage/version-store';
import { displayNameOf, type DocumentRegistry } from '../documents/document-registry';
import type { LibraryService } from '../library/library-service';
import { noteMeetingNumbers } from '../meetings/committee-numbering';
import { nextTurn } from '../next-turn';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup, HandlerInput } from '../ports/handler-types';

export function createStorageHandlers(deps: HandlerDeps, registry: DocumentRegistry, storage: DocumentStorage, library: LibraryService) {
  /**
   * The autosave, and what follows a meeting reaching its file, as after Save: the committee's running
   * minute numbers follow the meeting, and the library indexes the file once the clerk pauses.
   */
  async function autosave(input: HandlerInput<'autosave/write'>, context: CallContext): Promise<OutputOf<'autosave/write'>> {
    return saveAutomatically(input.documentId, input.document, context);
  }

  async function saveAutomatically(documentId: string, document: MinutesDocument, context: CallContext): Promise<OutputOf<'autosave/write'>> {
    const entry = registry.owned(documentId, context);
    return afterAutosave(documentId, document, await storage.autosave(entry, displayNameOf(entry.filePath), document));
  }

  /** What follows an autosave that wrote: the meeting's numbers remembered, the library told of a saved file. */
  async function afterAutosave(documentId: string, document: MinutesDocument, result: AutosaveResult): Promise<AutosaveResult> {
    await noteMeetingNumbers(deps, document);
    const filePath = registry.get(documentId)?.filePath;
    if (result.file === 'saved' && filePath) library.noteSaved(filePath, document);
    return result;
  }

  /** The blocks of each open document's last accepted block-by-block autosave (core/storage/minutes-blocks.ts). */
  const blockStores = new Map<string, MinutesBlockStore>();

  /**
   * The autosave as the page sends it while the clerk types: the blocks changed since the last one accepted.
   * The whole document is rebuilt and checked here, then saved exactly as 'autosave/write' saves it. The rebuilding
   * goes in steps with a turn of the event loop after each, and before the save makes the file's text: this is main's
   * thread, and at 160,000 words the whole of it at once held the clerk's next keys for 20 ms and more. All of it runs
   * in the document's place among its disk work, taken as the update arrives: an update arriving meanwhile is applied
   * after it (on the blocks it leaves), and a Save the page sent after it is written after it, never beneath it.
   */
  async function autosaveBlocks(input: HandlerInput<'autosave/write-blocks'>, context: CallContext): Promise<OutputOf<'autosave/write-blocks'>> {
    const entry = registry.owned(input.documentId, context);
    for (const documentId of blockStores.keys()) if (!registry.get(documentId)) blockStores.delete(documentId);
    const { made: outcome, result } = await storage.autosaveWhenMade(
      entry,
      displayNameOf(entry.filePath),
      async () => {
        const applied = await applyMinutesBlocksInSteps(blockStores.get(input.documentId) ?? null, input, nextTurn);
        if (applied.kind === 'document') {
          blockStores.set(input.documentId, applied.store);
          await nextTurn();
        }
        return applied;
      },
      (applied) => (applied.kind === 'document' ? applied.document : null),
    );
    if (outcome.kind === 'needs-whole') return { accepted: false };
    if (outcome.kind === 'refused') throw new AppError('invalid-payload', `Request “autosave/write-blocks” was refused: ${outcome.problem}.`);
    if (result === null) throw new Error('The autosave rebuilt the document but wrote nothing.');
    return { accepted: true, ...(await afterAutosave(input.documentId, outcome.document, result)) };
  }

  /** Journals left by documents no longer open anywhere: work a crash or a closed window left behind. */
  async function listRecovery(): Promise<OutputOf<'recovery/list'>> {
    await storage.whenReleased();
    const journals = await storage.recovery.list();
    const entries = [];
    for (const { recoveryId, journal } of journals) {
      if (registry.get(journal.documentId)) continue;
      if (journal.filePath !== null && (await fileHolds(journal.filePath, serializeMinutesDocument(journal.document)))) {
        // The file already holds exactly this text: nothing is at risk, so there is nothing to offer.
        await storage.recovery.remove(recoveryId).catch(() => undefined);
        continue;
      }
      entries.push({
        recoveryId,
        displayName: journal.displayName,
        savedAt: journal.savedAt,
        hasFile: journal.filePath !== null,
        fileUpToDate: false,
        wordCount: countWords(journal.document.content),
      });
    }
    entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    return { entries };
  }

  async function fileHolds(filePath: string, text: string): Promise<boolean> {
    try {
      const parsed = parseMinutesFile(await deps.files.read(filePath, Number.MAX_SAFE_INTEGER));
      return parsed.ok && serializeMinutesDocument(parsed.document) === text;
    } catch {
      return false;
    }
  }

  /**
   * Brings a recovery copy back exactly, into this window. The copy is
   * re-journalled under the new document before the old journal goes, so a
   * second crash during recovery loses nothing either.
   */
  async function restoreRecovery(input: HandlerInput<'recovery/restore'>, context: CallContext): Promise<OutputOf<'recovery/restore'>> {
    // A restore follows a crash: clear what the crashed run left half-written (only files older than this run).
    void storage.sweepOwnFolders();
    let stored;
    try {
      stored = await storage.recovery.read(input.recoveryId);
    } catch (error) {
      throw new AppError('invalid-file', `That recovery copy cannot be used: ${error instanceof Error ? error.message : String(error)}.`);
    }
    const { journal } = stored;
    let readOnly = false;
    let problem: string | null = null;
    if (journal.filePath) {
      const claim = await storage.lock(journal.filePath);
      if (claim.status === 'held') {
        readOnly = true;
        problem = `“${path.basename(journal.filePath)}” is open by ${describeLockOwner(claim.lock)} (since ${ukMomentOf(new Date(claim.lock.lockedAt), deps.clock.now())}), so the recovered text has opened read-only: use Save As to keep it.`;
      }
    }
    const entry = registry.register(context.windowId, journal.filePath);
    storage.track(entry.id, readOnly, false);
    await storage.recovery.write({ ...journal, documentId: entry.id, savedAt: deps.clock.now().toISOString() });
    if (RecoveryStore.recoveryIdOf(entry.id) !== input.recoveryId) await storage.recovery.remove(input.recoveryId);
    if (journal.filePath) {
      await keepFileVersionBeforeRecovery(entry, journal.filePath, serializeMinutesDocument(journal.document));
      // The clerk chose the recovered text over what the file holds: autosave may replace it.
      await storage.noteFileOpened(entry.id, journal.filePath);
    }
    return {
      opened: { documentId: entry.id, displayName: journal.displayName, hasFile: journal.filePath !== null, readOnly, document: journal.document },
      problem,
    };
  }

  /** The recovered text will be autosaved over the file: keep what the file held as a version first. */
  async function keepFileVersionBeforeRecovery(entry: { id: string; filePath: string | null }, filePath: string, recovered: string) {
    try {
      const parsed = parseMinutesFile(await deps.files.read(filePath, Number.MAX_SAFE_INTEGER));
      if (parsed.ok && serializeMinutesDocument(parsed.document) !== recovered) {
        await storage.snapshot({ ...entry, windowId: 0 }, parsed.document, 'before-restore');
      }
    } catch {
      // The file is gone or unreadable: nothing in it to keep.
    }
  }

  async function discardRecovery(input: HandlerInput<'recovery/discard'>): Promise<OutputOf<'recovery/discard'>> {
    await storage.recovery.remove(input.recoveryId);
    return {};
  }

  async function listVersions(input: HandlerInput<'history/list'>, context: CallContext): Promise<OutputOf<'history/list'>> {
    const entry = registry.owned(input.documentId, context);
    const versions = await storage.versions.list(VersionStore.keyOf(entry.filePath, entry.id));
    return { versions: versions.map((version) => ({ versionId: version.versionId, savedAt: version.savedAt.toISOString(), reason: version.reason })) };
  }

  /** Returns the old version for the page to apply as a new change; the current text is kept as a version first. */
  async function restoreVersion(input: HandlerInput<'history/restore'>, context: CallContext): Promise<OutputOf<'history/restore'>> {
    const entry = registry.owned(input.documentId, context);
    const key = VersionStore.keyOf(entry.filePath, entry.id);
    let version;
    try {
      version = await storage.versions.read(key, input.versionId);
    } catch (error) {
      throw new AppError('invalid-file', `That version cannot be restored: ${error instanceof Error ? error.message : String(error)}.`);
    }
    let document;
    try {
      document = restoreKeepingReview(input.current, version);
    } catch (error) {
      if (error instanceof ReviewRuleError) throw new AppError('not-allowed', error.message);
      throw error;
    }
    await storage.snapshot(entry, input.current, 'before-restore');
    return { document };
  }

  async function openReadOnly(input: HandlerInput<'lock/open-read-only'>, context: CallContext): Promise<OpenOutcome> {
    const offer = storage.takeReadOnlyOffer(input.token, context.windowId);
    if (!offer) throw new AppError('unknown-document', 'That file is no longer waiting to be opened. Open it again.');
    if (!offer.replaceCurrent) {
      // The new window finds the lock held and opens the file read-only itself.
      deps.windows.openNewWindow(offer.filePath);
      return { status: 'opened-in-new-window', displayName: displayNameOf(offer.filePath) };
    }
    const entry = registry.register(context.windowId, offer.filePath);
    storage.track(entry.id, true);
    return {
      status: 'opened',
      opened: { documentId: entry.id, displayName: displayNameOf(offer.filePath), hasFile: true, readOnly: true, document: offer.document },
    };
  }

  async function lockHolder(input: HandlerInput<'lock/holder'>, context: CallContext): Promise<OutputOf<'lock/holder'>> {
    const entry = registry.owned(input.documentId, context);
    if (!entry.filePath || !storage.isReadOnly(entry.id)) return { holder: null };
    const lock = await storage.locks.holderOf(entry.filePath);
    return { holder: lock ? holderOf(lock) : null };
  }

  /**
   * "Try again" on a read-only document: if the other user has closed the
   * file, it is locked for this window and opened as a new document, with the
   * file's text as it is now (they may have changed it), or with recovered
   * text the page asks to keep, which autosave then writes (the file's text
   * kept as a version first, as a recovery does).
   */
  async function tryLockAgain(input: HandlerInput<'lock/try-again'>, context: CallContext): Promise<OutputOf<'lock/try-again'>> {
    const entry = registry.owned(input.documentId, context);
    const filePath = entry.filePath;
    if (!filePath || !storage.isReadOnly(entry.id)) throw new AppError('unknown-document', 'This document is not open read-only.');
    const claim = await storage.lock(filePath);
    if (claim.status === 'held') return { status: 'held', holder: holderOf(claim.lock) };
    let document;
    try {
      document = input.keep ?? (await readMinutesFile(deps, filePath, storage));
    } catch (error) {
      await storage.locks.release(filePath);
      throw error;
    }
    const next = registry.register(context.windowId, filePath);
    storage.track(next.id, false, input.keep === null);
    if (input.keep) {
      await keepFileVersionBeforeRecovery(next, filePath, serializeMinutesDocument(input.keep));
      await storage.recovery.write({
        documentId: next.id,
        displayName: displayNameOf(filePath),
        filePath,
        savedAt: deps.clock.now().toISOString(),
        document: input.keep,
      });
    }
    await storage.noteFileOpened(next.id, filePath);
    // The read-only copy's journal only ever held text the clerk could not change (or what was just kept).
    await storage.recovery.remove(RecoveryStore.recoveryIdOf(entry.id)).catch(() => undefined);
    return { status: 'opened', opened: { documentId: next.id, displayName: displayNameOf(filePath), hasFile: true, readOnly: false, document } };
  }

  return {
    'autosave/write': autosave,
    'autosave/write-blocks': autosaveBlocks,
    'recovery/list': listRecovery,
    'recovery/restore': restoreRecovery,
    'recovery/discard': discardRecovery,
    'history/list': listVersions,
    'history/restore': restoreVersion,
    'lock/open-read-only': openReadOnly,
    'lock/holder': lockHolder,
    'lock/try-again': tryLockAgain,
  } satisfies HandlerGroup<keyof typeof storageChannels>;
}

function holderOf(lock: LockFile) {
  return { owner: lock.owner.trim() || 'someone', machine: lock.machine, lockedSince: lock.lockedAt };
}
