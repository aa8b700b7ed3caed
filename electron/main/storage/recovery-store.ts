// The recovery journals in the app's data folder: one file per open document,
// replaced atomically on every autosave, so after a crash the next start finds
// every document's latest text, whole, however the process died.
import path from 'node:path';
import { parseRecoveryJournal, serializeRecoveryJournal, serializeRecoveryJournalAround, type RecoveryJournal } from '../../../core/storage/recovery-journal';
import { writeFileAtomic } from '../adapters/atomic-write';
import { errorCodeOf, type StorageFs } from './storage-fs';

const JOURNAL_SUFFIX = '.journal.json';

export interface StoredJournal {
  recoveryId: string;
  journal: RecoveryJournal;
}

export class RecoveryStore {
  private readonly directory: string;
  private ready = false;

  constructor(
    dataDirectory: string,
    private readonly fs: StorageFs,
  ) {
    this.directory = path.join(dataDirectory, 'recovery');
  }

  /** Recovery ids are derived from document ids, so the page never sees a path. */
  static recoveryIdOf(documentId: string): string {
    return `rec-${documentId.replace(/^doc-/, '')}`;
  }

  /** `documentText`: the document as serializeMinutesDocument wrote it, when the caller has it (the autosave does). */
  async write(journal: Omit<RecoveryJournal, 'kind' | 'journalVersion'>, documentText?: string): Promise<void> {
    await this.ensureDirectory();
    const text = documentText === undefined ? serializeRecoveryJournal(journal) : serializeRecoveryJournalAround(journal, documentText);
    try {
      await writeFileAtomic(this.pathOf(RecoveryStore.recoveryIdOf(journal.documentId)), text, { fs: this.fs });
    } catch (error) {
      // The folder may have gone (cleaned away, or a file in its place): make it again on the next try.
      this.ready = false;
      throw error;
    }
  }

  async read(recoveryId: string): Promise<StoredJournal> {
    const bytes = await this.fs.readFile(this.pathOf(recoveryId));
    const parsed = parseRecoveryJournal(new TextDecoder().decode(bytes));
    if (!parsed.ok) throw new Error(parsed.problem);
    return { recoveryId, journal: parsed.journal };
  }

  /** Every readable journal; damaged ones are left on disk untouched for support to look at. */
  async list(): Promise<StoredJournal[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.directory);
    } catch (error) {
      if (errorCodeOf(error) === 'ENOENT') return [];
      throw error;
    }
    const found: StoredJournal[] = [];
    for (const name of names) {
      if (!name.endsWith(JOURNAL_SUFFIX)) continue;
      const recoveryId = name.slice(0, -JOURNAL_SUFFIX.length);
      try {
        found.push(await this.read(recoveryId));
      } catch {
        // Unreadable: skipped, not deleted.
      }
    }
    return found;
  }

  async remove(recoveryId: string): Promise<void> {
    try {
      await this.fs.unlink(this.pathOf(recoveryId));
    } catch (error) {
      if (errorCodeOf(error) !== 'ENOENT') throw error;
    }
  }

  private pathOf(recoveryId: string): string {
    if (!/^rec-[a-z0-9-]+$/.test(recoveryId)) throw new Error('not a recovery id');
    return path.join(this.directory, `${recoveryId}${JOURNAL_SUFFIX}`);
  }

  private async ensureDirectory(): Promise<void> {
    if (this.ready) return;
    await this.fs.mkdir(this.directory);
    this.ready = true;
  }
}
