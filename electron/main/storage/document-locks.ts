// Lock files beside open documents (".<name>.lock"), so a second window or a
// colleague on a shared drive is warned instead of silently overwriting.
// Created exclusively ('wx'), so two openers cannot both believe they won.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { judgeLock, LOCK_REFRESH_MS, parseLockFile, type LockFile } from '../../../core/storage/lock-file';
import { writeFileAtomic } from '../adapters/atomic-write';
import { errorCodeOf, type StorageFs } from './storage-fs';

export interface LockIdentity {
  owner(): string;
  machine: string;
  pid: number;
  now(): Date;
  isProcessAlive(pid: number): boolean;
}

export type AcquireOutcome =
  | { status: 'acquired'; session: string; replacedStale: LockFile | null }
  /** Someone else holds it and is still there. */
  | { status: 'held'; lock: LockFile }
  /** The folder cannot take a lock file (read-only, gone): the document opens, saving will report why. */
  | { status: 'unavailable' };

export function nodeLockIdentity(owner: () => string, now: () => Date): LockIdentity {
  return {
    owner,
    machine: hostname(),
    pid: process.pid,
    now,
    isProcessAlive(pid) {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        return errorCodeOf(error) === 'EPERM';
      }
    },
  };
}

export function lockPathOf(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.lock`);
}

export class DocumentLocks {
  /** filePath → session, for the locks this process holds. */
  private readonly held = new Map<string, string>();

  constructor(
    private readonly fs: StorageFs,
    private readonly identity: LockIdentity,
  ) {}

  async acquire(filePath: string): Promise<AcquireOutcome> {
    const lockPath = lockPathOf(filePath);
    const session = `${this.identity.pid}-${randomUUID()}`;
    let replacedStale: LockFile | null = null;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await this.fs.writeNew(lockPath, this.lockText(session, null));
        this.held.set(filePath, session);
        return { status: 'acquired', session, replacedStale };
      } catch (error) {
        if (errorCodeOf(error) !== 'EEXIST') return { status: 'unavailable' };
      }
      const existing = await this.readLock(lockPath);
      if (existing && judgeLock(existing, { ...this.identity, now: this.identity.now() }) === 'live') {
        return { status: 'held', lock: existing };
      }
      // Stale or unreadable: take it over (once), and say so.
      replacedStale = existing;
      await this.fs.unlink(lockPath).catch(() => undefined);
    }
    return { status: 'unavailable' };
  }

  /** Rewrites our locks' refresh time, so colleagues can tell a live owner from a crashed one. */
  async refreshAll(): Promise<void> {
    for (const [filePath, session] of this.held) {
      const existing = await this.readLock(lockPathOf(filePath));
      if (!existing || existing.session !== session) continue; // taken over: leave theirs alone
      await writeFileAtomic(lockPathOf(filePath), this.lockText(session, existing.lockedAt), { fs: this.fs }).catch(() => undefined);
    }
  }

  async release(filePath: string): Promise<void> {
    const session = this.held.get(filePath);
    if (!session) return;
    this.held.delete(filePath);
    const existing = await this.readLock(lockPathOf(filePath));
    if (existing?.session === session) await this.fs.unlink(lockPathOf(filePath)).catch(() => undefined);
  }

  /**
   * Removes, from one folder, the lock files of documents that were never written (a run killed during the very
   * first save or a Save As leaves ".Name.minutes.lock" beside no "Name.minutes"): only a lock this process does not
   * hold, whose owner is gone (or that cannot be read and is older than `olderThanMs`). A lock beside an existing
   * document is left for `acquire`, which takes over a stale one and says so.
   */
  async sweepOrphans(directory: string, olderThanMs: number): Promise<number> {
    const names = await this.fs.readdir(directory).catch(() => [] as string[]);
    const ours = new Set([...this.held.keys()].map(lockPathOf));
    let removed = 0;
    for (const name of names) {
      const match = /^\.(.+\.minutes)\.lock$/.exec(name);
      if (!match) continue;
      const lockPath = path.join(directory, name);
      if (ours.has(lockPath)) continue;
      const documentThere = await this.fs.stat(path.join(directory, match[1]!)).then(
        () => true,
        () => false,
      );
      if (documentThere) continue;
      const lock = await this.readLock(lockPath);
      if (lock ? judgeLock(lock, { ...this.identity, now: this.identity.now() }) === 'live' : !(await this.olderThan(lockPath, olderThanMs))) continue;
      await this.fs.unlink(lockPath).then(
        () => (removed += 1),
        () => undefined,
      );
    }
    return removed;
  }

  private async olderThan(filePath: string, olderThanMs: number): Promise<boolean> {
    const info = await this.fs.stat(filePath).catch(() => null);
    return info !== null && info.mtimeMs < olderThanMs;
  }

  holds(filePath: string): boolean {
    return this.held.has(filePath);
  }

  /** Someone else's live lock on the file, or null if nobody else (still) has it open. */
  async holderOf(filePath: string): Promise<LockFile | null> {
    const existing = await this.readLock(lockPathOf(filePath));
    if (!existing || existing.session === this.held.get(filePath)) return null;
    return judgeLock(existing, { ...this.identity, now: this.identity.now() }) === 'live' ? existing : null;
  }

  /** Keeps held locks fresh while the app runs; the timer never keeps the process alive. */
  startRefreshing(): () => void {
    const timer = setInterval(() => void this.refreshAll(), LOCK_REFRESH_MS);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  private async readLock(lockPath: string): Promise<LockFile | null> {
    try {
      return parseLockFile(new TextDecoder().decode(await this.fs.readFile(lockPath)));
    } catch {
      return null;
    }
  }

  private lockText(session: string, lockedAt: string | null): string {
    const now = this.identity.now().toISOString();
    const lock: LockFile = {
      app: 'Minute Book',
      owner: this.identity.owner(),
      machine: this.identity.machine,
      pid: this.identity.pid,
      session,
      lockedAt: lockedAt ?? now,
      refreshedAt: now,
    };
    return `${JSON.stringify(lock)}\n`;
  }
}
