// The library as main keeps it: the folders the clerk chose, the index built
// from the files in them, and keeping the two level — a refresh reads only
// files that changed since they were indexed (by anyone), a saved meeting is
// indexed a moment after it reaches its file, once the clerk pauses, and a
// rebuild starts again from the files. One operation at a time. In the app all
// of this runs on main's thread, which also carries every key the clerk types
// to the page: so a meeting is written into the index a slice at a time, and a
// large file is read for it in a worker (library-meeting-off-main.ts).
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { libraryMeetingOf, type LibraryMeeting } from '../../../core/library/library-meeting';
import type { LibraryMeetingOutcome } from '../../../core/library/library-meeting-of-file';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import { MAX_MINUTES_FILE_BYTES } from '../../../core/storage/parse-minutes-file';
import type { FileStore } from '../ports/handler-deps';
import { nextTurn } from '../next-turn';
import { INLINE_MINUTES_BYTES } from '../workers/parse-minutes-off-main';
import { libraryMeetingOffMain } from '../workers/library-meeting-off-main';
import { isInside, scanFolders, stampOf } from './library-files';
import { LibraryIndex, type FileStamp, type SearchFilters, type SearchHit } from './library-index';

const foldersFileSchema = z.object({ folders: z.array(z.string().min(1).max(4096)).max(100) });
/** How long after the last save of a file it is indexed: autosave writes every second while the clerk types. */
const SAVE_SETTLE_MS = 1500;
/** How long the library must be idle before the index's segments are merged, a step at a time. */
const TIDY_AFTER_MS = 2000;
/** A search refreshes the index in the background when it is older than this, to see other people's changes. */
const STALE_AFTER_MS = 30_000;

export interface LibraryProgress {
  indexing: boolean;
  done: number;
  total: number;
}

export interface RefreshReport {
  indexed: number;
  removed: number;
  unreachable: Array<{ folder: string; problem: string }>;
}

export class LibraryService {
  private readonly directory: string;
  private index: LibraryIndex | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private folderList: string[] | null = null;
  private readonly pendingSaves = new Map<string, { timer: ReturnType<typeof setTimeout>; document: MinutesDocument }>();
  private lastRefresh = 0;
  private tidyTimer: ReturnType<typeof setTimeout> | null = null;
  private lastUnreachable: RefreshReport['unreachable'] = [];
  /** The write of a meeting under way, between its slices: nothing reads the index until it settles. */
  private writingMeeting: Promise<unknown> | null = null;
  readonly progress: LibraryProgress = { indexing: false, done: 0, total: 0 };

  constructor(
    private readonly files: Pick<FileStore, 'read' | 'writeAtomic'>,
    dataDirectory: string,
    private readonly settleMs = SAVE_SETTLE_MS,
  ) {
    this.directory = path.join(dataDirectory, 'library');
  }

  /** Runs work after everything queued before it; a failure does not stop later work. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    this.tidyWhenIdle();
    return run;
  }

  /** Merges the index's segments once nothing has been queued for a while, a bounded step per turn (see LibraryIndex.tidy). */
  private tidyWhenIdle(delay = TIDY_AFTER_MS): void {
    if (this.tidyTimer) clearTimeout(this.tidyTimer);
    this.tidyTimer = setTimeout(() => {
      this.tidyTimer = null;
      // Queued behind other work but not through serial(), which would count it as activity and go round for ever.
      const step = this.queue.then(() => this.index?.tidy() ?? false);
      this.queue = step.catch(() => undefined);
      void step.then((more) => more && this.tidyWhenIdle(0)).catch(() => undefined);
    }, delay);
    this.tidyTimer.unref?.();
  }

  private async db(): Promise<LibraryIndex> {
    if (this.index) return this.index;
    await mkdir(this.directory, { recursive: true });
    const location = path.join(this.directory, 'library-index.sqlite');
    try {
      this.index = new LibraryIndex(location);
    } catch {
      // A damaged index is only a copy: start it again, the files are the record.
      await rm(location, { force: true });
      this.index = new LibraryIndex(location);
    }
    return this.index;
  }

  async folders(): Promise<string[]> {
    if (this.folderList) return this.folderList;
    try {
      const bytes = await this.files.read(path.join(this.directory, 'folders.json'), 1024 * 1024);
      this.folderList = foldersFileSchema.parse(JSON.parse(new TextDecoder().decode(bytes))).folders;
    } catch {
      this.folderList = [];
    }
    return this.folderList;
  }

  private async keepFolders(folders: string[]): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    await this.files.writeAtomic(path.join(this.directory, 'folders.json'), `${JSON.stringify({ folders }, null, 2)}\n`);
    this.folderList = folders;
  }

  /** Adds a folder (unless one already covers it) and indexes what is in it. */
  async addFolder(folder: string): Promise<RefreshReport> {
    const folders = await this.folders();
    if (!folders.some((known) => known === folder || isInside(folder, known)))
      await this.keepFolders([...folders.filter((known) => !isInside(known, folder)), folder]);
    return this.refresh();
  }

  async removeFolder(folder: string): Promise<RefreshReport> {
    await this.keepFolders((await this.folders()).filter((known) => known !== folder));
    return this.refresh();
  }

  /** Brings the index level with the files: new and changed files read, vanished ones dropped. */
  refresh(): Promise<RefreshReport> {
    return this.serial(async () => {
      const index = await this.db();
      const folders = await this.folders();
      const scan = await scanFolders(folders);
      const reachable = folders.filter((folder) => !scan.unreachable.some((entry) => entry.folder === folder));
      const known = index.knownFiles();
      const changed = [...scan.files].filter(([filePath, stamp]) => {
        const before = known.get(filePath);
        return !before || before.mtimeMs !== stamp.mtimeMs || before.size !== stamp.size;
      });
      let removed = 0;
      for (const filePath of known.keys()) {
        if (scan.files.has(filePath)) continue;
        // Outside the folders (a meeting saved elsewhere) it stays while the file exists; inside an unreachable folder it stays.
        const underReachable = reachable.some((folder) => isInside(filePath, folder));
        const underAny = folders.some((folder) => isInside(filePath, folder));
        if (underReachable || (!underAny && !(await stampOf(filePath)))) {
          index.remove(filePath);
          removed += 1;
        }
      }
      Object.assign(this.progress, { indexing: true, done: 0, total: changed.length });
      index.copyLogAsItGrows(true);
      try {
        for (const [filePath, stamp] of changed) {
          await this.readIntoIndex(index, filePath, stamp);
          this.progress.done += 1;
        }
      } finally {
        index.copyLogAsItGrows(false);
        this.progress.indexing = false;
      }
      this.lastRefresh = Date.now();
      this.lastUnreachable = scan.unreachable;
      return { indexed: changed.length, removed, unreachable: scan.unreachable };
    });
  }

  /** Throws the index away and builds it again from the files. */
  async rebuild(): Promise<RefreshReport> {
    await this.serial(async () => (await this.db()).clear());
    return this.refresh();
  }

  private async readIntoIndex(index: LibraryIndex, filePath: string, stamp: { mtimeMs: number; size: number }): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = await this.files.read(filePath, MAX_MINUTES_FILE_BYTES);
    } catch (error) {
      index.putProblem(filePath, stamp, `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
      return;
    }
    let read: LibraryMeetingOutcome;
    try {
      read = await libraryMeetingOffMain(bytes, path.basename(filePath));
    } catch (error) {
      read = { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
    if (read.ok) await this.putMeeting(index, filePath, stamp, read.meeting);
    else index.putProblem(filePath, stamp, read.problem);
  }

  /** Writes the meeting into the index a slice at a time (see LibraryIndex.putMeetingInSlices); reads wait for it. */
  private async putMeeting(index: LibraryIndex, filePath: string, stamp: FileStamp, meeting: LibraryMeeting): Promise<void> {
    const write = index.putMeetingInSlices(filePath, stamp, meeting, nextTurn);
    this.writingMeeting = write;
    try {
      await write;
    } finally {
      if (this.writingMeeting === write) this.writingMeeting = null;
    }
  }

  /** The index once no meeting is part-written; the caller reads it before its next await. */
  private async settledIndex(): Promise<LibraryIndex> {
    const index = await this.db();
    while (this.writingMeeting) await this.writingMeeting.catch(() => undefined);
    return index;
  }

  /** A meeting reached its file: index it once the clerk pauses (see indexSaved). */
  noteSaved(filePath: string, document: MinutesDocument): void {
    clearTimeout(this.pendingSaves.get(filePath)?.timer);
    const timer = setTimeout(() => {
      this.pendingSaves.delete(filePath);
      void this.indexSaved(filePath, document).catch(() => undefined);
    }, this.settleMs);
    this.pendingSaves.set(filePath, { timer, document });
  }

  /**
   * Indexes a document just written to filePath (the work noteSaved schedules). A small one is read from the document
   * in hand; a large one from the file, in a worker, so main's thread is not held while the passages are gathered.
   */
  indexSaved(filePath: string, document: MinutesDocument): Promise<void> {
    return this.serial(async () => {
      const stamp = await stampOf(filePath);
      if (!stamp) return;
      const index = await this.db();
      if (stamp.size <= INLINE_MINUTES_BYTES) await this.putMeeting(index, filePath, stamp, libraryMeetingOf(document));
      else await this.readIntoIndex(index, filePath, stamp);
    });
  }

  /** Indexes saves still settling now (before reading the action log, which must see the latest notes). */
  async flushSaves(): Promise<void> {
    const pending = [...this.pendingSaves];
    this.pendingSaves.clear();
    for (const [filePath, { timer, document }] of pending) {
      clearTimeout(timer);
      void this.indexSaved(filePath, document).catch(() => undefined);
    }
    await this.serial(async () => undefined);
  }

  async search(query: string, filters: SearchFilters): Promise<SearchHit[]> {
    if (Date.now() - this.lastRefresh > STALE_AFTER_MS) void this.refresh().catch(() => undefined);
    // Not queued: each meeting is one transaction, so a search between two sees whole meetings, and waits only for
    // the one being written (a few tens of milliseconds at most), not for a refresh.
    return (await this.settledIndex()).search(query, filters);
  }

  /** Reads the index as it stands, waiting only for a meeting part-written (each meeting is one transaction). */
  async read<T>(work: (index: LibraryIndex) => T): Promise<T> {
    return work(await this.settledIndex());
  }

  unreachable(): RefreshReport['unreachable'] {
    return this.lastUnreachable;
  }

  close(): void {
    for (const { timer } of this.pendingSaves.values()) clearTimeout(timer);
    if (this.tidyTimer) clearTimeout(this.tidyTimer);
    this.tidyTimer = null;
    this.index?.close();
    this.index = null;
  }
}
