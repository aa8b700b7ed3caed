// Keeps every open document safe between explicit saves: the recovery
// journal on every autosave, the named file too when it can be written, a
// version snapshot at least every five minutes, and the lock beside the file.
// Handlers call this; it owns the per-document state they should not track.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AutosaveResult } from '../../../core/ipc/channels/storage-channels';
import { ukMomentOf } from '../../../core/storage/describe-time';
import { MinutesLimitError, outgrownFileMessage, serializeMinutesDocument, type MinutesDocument } from '../../../core/storage/minutes-document';
import { MAX_MINUTES_FILE_BYTES, parseMinutesFile } from '../../../core/storage/parse-minutes-file';
import { VERSION_INTERVAL_MS, type VersionReason } from '../../../core/storage/version-snapshot';
import { backupPathOf } from '../adapters/atomic-write';
import type { DocumentRegistry, RegisteredDocument } from '../documents/document-registry';
import type { Clock, FileStore, HandlerDeps } from '../ports/handler-deps';
import { describeDiskProblem } from './disk-problems';
import { DocumentLocks, nodeLockIdentity, type AcquireOutcome, type LockIdentity } from './document-locks';
import { FileWatermarks } from './file-watermarks';
import { RecoveryStore } from './recovery-store';
import { nodeStorageFs, type StorageFs } from './storage-fs';
import { sweepDataFolders, sweepTemporaryFiles } from './temp-sweep';

/** When this process started, as file times count: temporary files older than this are an earlier run's. */
const PROCESS_STARTED_AT = Date.now() - process.uptime() * 1000;
import { VersionStore } from './version-store';

export interface DocumentStorageOptions {
  dataDirectory: string;
  files: FileStore;
  clock: Clock;
  lockIdentity: LockIdentity;
  fs?: StorageFs;
}

export interface ReadOnlyOffer {
  filePath: string;
  document: MinutesDocument;
  windowId: number;
  /** False when the page had work in it: the file then gets a window of its own. */
  replaceCurrent: boolean;
}

interface DocumentState {
  readOnly: boolean;
  /** The named file holds exactly the last autosaved text. */
  fileUpToDate: boolean;
  lastVersionAt: number;
  lastVersionText: string | null;
}

export class DocumentStorage {
  readonly recovery: RecoveryStore;
  readonly versions: VersionStore;
  readonly locks: DocumentLocks;
  private readonly files: FileStore;
  private readonly clock: Clock;
  private readonly states = new Map<string, DocumentState>();
  private readonly readOnlyOffers = new Map<string, ReadOnlyOffer>();
  private readonly fs: StorageFs;
  private readonly dataDirectory: string;
  private releasing: Promise<void> = Promise.resolve();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly watermarks: FileWatermarks;

  constructor(options: DocumentStorageOptions) {
    const fs = options.fs ?? nodeStorageFs;
    this.fs = fs;
    this.watermarks = new FileWatermarks(fs);
    this.recovery = new RecoveryStore(options.dataDirectory, fs);
    this.versions = new VersionStore(options.dataDirectory, fs);
    this.locks = new DocumentLocks(fs, options.lockIdentity);
    this.files = options.files;
    this.clock = options.clock;
    this.dataDirectory = options.dataDirectory;
  }

  track(documentId: string, readOnly: boolean, fileUpToDate = true): void {
    this.states.set(documentId, { readOnly, fileUpToDate, lastVersionAt: this.clock.now().getTime(), lastVersionText: null });
  }

  isReadOnly(documentId: string): boolean {
    return this.states.get(documentId)?.readOnly ?? false;
  }

  /**
   * The autosave: journal first (so the text is safe whatever happens next),
   * then the named file, then an interval snapshot when one is due. Failures
   * are reported in the result, never thrown: the page keeps the text and retries.
   */
  autosave(entry: RegisteredDocument, displayName: string, document: MinutesDocument): Promise<AutosaveResult> {
    return this.exclusive(entry.id, () => this.autosaveNow(entry, displayName, document));
  }

  /**
   * The autosave of a document still to be made (`make`: main rebuilding it from blocks, in steps), with its place
   * among the document's disk work taken now, as the request arrives: a Save asked for after it lands after it, as
   * it would after an autosave of a whole document. Nothing is written when `documentOf` finds no document in what
   * `make` gave (an update main cannot build on, or refuses).
   */
  autosaveWhenMade<T>(
    entry: RegisteredDocument,
    displayName: string,
    make: () => Promise<T>,
    documentOf: (made: T) => MinutesDocument | null,
  ): Promise<{ made: T; result: AutosaveResult | null }> {
    return this.exclusive(entry.id, async () => {
      const made = await make();
      const document = documentOf(made);
      return { made, result: document === null ? null : await this.autosaveNow(entry, displayName, document) };
    });
  }

  /**
   * Runs one document's disk work after the previous one finishes. Two writes
   * racing could let an older autosave land after a newer Save, or a check
   * for outside changes see our own half-recorded write.
   */
  exclusive<T>(documentId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(documentId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(documentId, settled);
    void settled.then(() => {
      if (this.queues.get(documentId) === settled) this.queues.delete(documentId);
    });
    return next;
  }

  private async autosaveNow(entry: RegisteredDocument, displayName: string, document: MinutesDocument): Promise<AutosaveResult> {
    const state = this.stateOf(entry.id);
    const now = this.clock.now();
    const problems: string[] = [];
    // The file's text first (nothing is written yet): the journal is built around it rather than made again.
    let text: string | null = null;
    let outgrown: string | null = null;
    try {
      text = serializeMinutesDocument(document);
    } catch (error) {
      if (!(error instanceof MinutesLimitError)) throw error;
      outgrown = error.message;
    }
    let journaledAt: string | null = null;
    try {
      await this.recovery.write({ documentId: entry.id, displayName, filePath: entry.filePath, savedAt: now.toISOString(), document }, text ?? undefined);
      journaledAt = now.toISOString();
    } catch (error) {
      problems.push(`Minute Book could not keep its recovery copy (${describeDiskProblem(error)}), so keep this window open`);
    }

    let file: AutosaveResult['file'] = 'untitled';
    const conflict = entry.filePath && !state.readOnly && text !== null ? await this.watermarks.check(entry.id, entry.filePath) : null;
    if (entry.filePath && state.readOnly) file = 'read-only';
    else if (outgrown !== null || text === null) {
      // Never write a file Minute Book would refuse to open: the journal keeps the text.
      file = entry.filePath ? 'failed' : 'untitled';
      problems.unshift(
        outgrownFileMessage(entry.filePath ? path.basename(entry.filePath) : displayName, outgrown ?? 'it could not be prepared').replace(/\.$/, ''),
      );
    } else if (conflict) {
      file = 'failed';
      problems.unshift(conflict);
    } else if (entry.filePath) {
      try {
        await this.files.writeAtomic(entry.filePath, text);
        await this.watermarks.record(entry.id, entry.filePath);
        file = 'saved';
        state.fileUpToDate = true;
      } catch (error) {
        file = 'failed';
        state.fileUpToDate = false;
        problems.unshift(
          `“${path.basename(entry.filePath)}” could not be saved: ${describeDiskProblem(error)}. Your text is safe in this window${journaledAt ? ' and in the recovery copy' : ''}; Minute Book keeps trying`,
        );
      }
    }
    if (file !== 'saved') state.fileUpToDate = false;

    if (text !== null && now.getTime() - state.lastVersionAt >= VERSION_INTERVAL_MS && text !== state.lastVersionText) {
      // Kept quiet no longer: a History that silently stops taking versions is found out only when it is needed.
      const problem = await this.snapshot(entry, document, 'interval', text).then(
        () => null,
        (error: unknown) => versionNotKept(entry.filePath ? path.basename(entry.filePath) : displayName, error),
      );
      if (problem) problems.push(problem.replace(/\.$/, ''));
    }
    return { journaledAt, file, problem: problems.length > 0 ? `${problems.join('. ')}.` : null };
  }

  /**
   * After an explicit save: a version, the journal brought up to date, the lock moved to the new name.
   * Returns a sentence for the clerk when the version could not be kept (the file itself is saved).
   */
  async afterExplicitSave(entry: RegisteredDocument, previousPath: string | null, displayName: string, document: MinutesDocument): Promise<string | null> {
    const state = this.stateOf(entry.id);
    state.readOnly = false;
    state.fileUpToDate = true;
    if (entry.filePath) await this.watermarks.record(entry.id, entry.filePath);
    if (previousPath !== entry.filePath) {
      if (previousPath === null) {
        await this.versions.moveAll(VersionStore.keyOf(null, entry.id), VersionStore.keyOf(entry.filePath, entry.id)).catch(() => undefined);
      } else {
        await this.locks.release(previousPath);
      }
    }
    const versionProblem = await this.snapshot(entry, document, 'save', serializeMinutesDocument(document)).then(
      () => null,
      (error: unknown) => versionNotKept(displayName, error),
    );
    await this.recovery
      .write({ documentId: entry.id, displayName, filePath: entry.filePath, savedAt: this.clock.now().toISOString(), document })
      .catch(() => undefined);
    return versionProblem;
  }

  async snapshot(entry: RegisteredDocument, document: MinutesDocument, reason: VersionReason, text = serializeMinutesDocument(document)) {
    const state = this.stateOf(entry.id);
    const taken = await this.versions.snapshot(VersionStore.keyOf(entry.filePath, entry.id), document, reason, this.clock.now());
    state.lastVersionAt = taken.savedAt.getTime();
    state.lastVersionText = text;
    return taken;
  }

  /** A window's documents are gone: drop their locks; a journal goes only when its file holds the same text. */
  release(entries: ReadonlyArray<RegisteredDocument>): Promise<void> {
    const done = this.releaseNow(entries);
    this.releasing = Promise.all([this.releasing, done]).then(() => undefined);
    return done;
  }

  /** Resolves once every release so far has finished, so a recovery list never shows a journal about to go. */
  whenReleased(): Promise<void> {
    return this.releasing;
  }

  private async releaseNow(entries: ReadonlyArray<RegisteredDocument>): Promise<void> {
    // After any autosave still queued for the document, so its journal cannot reappear behind us.
    await Promise.all(entries.map((entry) => this.exclusive(entry.id, () => this.releaseOne(entry))));
  }

  private async releaseOne(entry: RegisteredDocument): Promise<void> {
    const state = this.states.get(entry.id);
    this.states.delete(entry.id);
    this.watermarks.forget(entry.id);
    if (entry.filePath) await this.locks.release(entry.filePath);
    if (entry.filePath && state?.fileUpToDate && !state.readOnly) {
      await this.recovery.remove(RecoveryStore.recoveryIdOf(entry.id)).catch(() => undefined);
    }
  }

  /** Locks a file for writing; once it is ours, temporary files and orphan locks crashed runs left beside it are removed. */
  async lock(filePath: string): Promise<AcquireOutcome> {
    const outcome = await this.locks.acquire(filePath);
    if (outcome.status === 'acquired') {
      await sweepTemporaryFiles(this.fs, path.dirname(filePath), filePath);
      await this.locks.sweepOrphans(path.dirname(filePath), PROCESS_STARTED_AT).catch(() => 0);
    }
    return outcome;
  }

  /** Clears the data folder of temporary files left by runs killed part way through a write; also after a recovery. */
  sweepOwnFolders(): Promise<number> {
    return sweepDataFolders(this.fs, this.dataDirectory, PROCESS_STARTED_AT).catch(() => 0);
  }

  /** Remembers the file as opened, so a change by anything else is noticed before it is overwritten. */
  noteFileOpened(documentId: string, filePath: string): Promise<void> {
    return this.watermarks.record(documentId, filePath);
  }

  /** Null if Save may write the file; else why not. */
  changedElsewhere(documentId: string, filePath: string): Promise<string | null> {
    return this.watermarks.check(documentId, filePath);
  }

  /** A locked file the clerk may still open read-only: remembered by token, so the page never holds its path. */
  offerReadOnly(offer: ReadOnlyOffer): string {
    const token = `lock-${randomUUID()}`;
    this.readOnlyOffers.set(token, offer);
    return token;
  }

  takeReadOnlyOffer(token: string, windowId: number): ReadOnlyOffer | null {
    const offer = this.readOnlyOffers.get(token);
    if (!offer || offer.windowId !== windowId) return null;
    this.readOnlyOffers.delete(token);
    return offer;
  }

  /** " Minute Book kept a backup from 2.32 pm today: open “X.backup.minutes” in the same folder." or "". */
  async backupHint(filePath: string): Promise<string> {
    const backupPath = backupPathOf(filePath);
    try {
      const info = await this.fs.stat(backupPath);
      if (info.size > MAX_MINUTES_FILE_BYTES) return '';
      if (!parseMinutesFile(await this.fs.readFile(backupPath)).ok) return '';
      const when = ukMomentOf(new Date(info.mtimeMs), this.clock.now());
      return ` Minute Book kept a backup from ${when}: open “${path.basename(backupPath)}” in the same folder.`;
    } catch {
      return '';
    }
  }

  private stateOf(documentId: string): DocumentState {
    let state = this.states.get(documentId);
    if (!state) {
      this.track(documentId, false, false);
      state = this.states.get(documentId)!;
    }
    return state;
  }
}

/** The app's DocumentStorage for a handler table: real disk, locks named after the clerk in settings. */
export function createDocumentStorage(deps: Pick<HandlerDeps, 'files' | 'clock' | 'settings' | 'storage'>, registry: DocumentRegistry): DocumentStorage {
  const storage = new DocumentStorage({
    dataDirectory: deps.storage.dataDirectory,
    files: deps.files,
    clock: deps.clock,
    lockIdentity: nodeLockIdentity(
      () => deps.settings.userName(),
      () => deps.clock.now(),
    ),
  });
  registry.onRelease((released) => void storage.release(released));
  // Temporary files earlier runs left when they were killed part way through a write (never one of this run's).
  void storage.sweepOwnFolders();
  return storage;
}

/** What the clerk is told when a version for History could not be written (the document itself is safe). */
function versionNotKept(name: string, error: unknown): string {
  return `“${name}” is saved, but its version for History could not be kept: ${describeDiskProblem(error)}. Your text is safe; check there is room on this computer's disk for Minute Book's own files`;
}
