// The lock file that sits beside an open document, so a second window or a
// colleague on a shared drive learns who is editing it. Deciding whether a
// lock still means something is pure logic, kept here to be tested alone.
import { z } from 'zod';

/** A lock not refreshed for this long belongs to a window that died. */
export const LOCK_STALE_AFTER_MS = 10 * 60 * 1000;
/** How often a live owner refreshes its lock. */
export const LOCK_REFRESH_MS = 2 * 60 * 1000;

export const lockFileSchema = z.looseObject({
  app: z.literal('Minute Book'),
  owner: z.string(),
  machine: z.string(),
  pid: z.number().int(),
  /** Identifies one open document in one process, so a process can tell its own locks apart. */
  session: z.string(),
  lockedAt: z.iso.datetime(),
  refreshedAt: z.iso.datetime(),
});

export type LockFile = z.infer<typeof lockFileSchema>;

export interface LockJudge {
  machine: string;
  now: Date;
  isProcessAlive(pid: number): boolean;
}

export type LockVerdict = 'live' | 'stale';

export function judgeLock(lock: LockFile, judge: LockJudge): LockVerdict {
  if (lock.machine === judge.machine && !judge.isProcessAlive(lock.pid)) return 'stale';
  const age = judge.now.getTime() - new Date(lock.refreshedAt).getTime();
  return age > LOCK_STALE_AFTER_MS ? 'stale' : 'live';
}

/** A lock file that cannot be read is treated as stale: it cannot name an owner to warn about. */
export function parseLockFile(text: string): LockFile | null {
  try {
    const parsed = lockFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** "Kelly Barnett on LAPTOP-7" or "someone on LAPTOP-7". */
export function describeLockOwner(lock: Pick<LockFile, 'owner' | 'machine'>): string {
  return `${lock.owner.trim() || 'someone'} on ${lock.machine}`;
}
