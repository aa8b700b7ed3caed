// When to autosave. Typing only flips a flag and (re)arms a timer: the
// expensive part — serialising the editor and handing it to main — runs
// later, when the page is idle, and at most one save is in flight. Changes
// are on disk within a second of being typed, even during non-stop typing,
// and a failing disk is retried with growing pauses.
import { retryDelayMs } from '../../core/storage/save-retry';

/** Quiet time after the last keystroke before saving. */
const AUTOSAVE_DEBOUNCE_MS = 500;
/** During non-stop typing, save anyway once the oldest unsaved change is this old. */
const AUTOSAVE_MAX_WAIT_MS = 700;
/** How long an idle callback may wait; debounce/max-wait + this stays under a second. */
const AUTOSAVE_IDLE_TIMEOUT_MS = 250;

export type AutosaveAttempt = { ok: true } | { ok: false; problem: string };

export interface SchedulerTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs the callback when the page is idle (requestIdleCallback), or soon. */
  whenIdle(callback: () => void, timeoutMs: number): void;
}

export interface SchedulerStatus {
  phase: 'clean' | 'pending' | 'saving' | 'failed';
  problem: string | null;
  failuresInARow: number;
  /** When the next retry is due (ms since epoch), while failing. */
  retryAt: number | null;
}

export class AutosaveScheduler {
  private dirty = false;
  private firstDirtyAt = 0;
  private timer: unknown = null;
  /** A save is waiting for the page to be idle: it will take every change made until it starts. */
  private waitingForIdle = false;
  private inFlight: Promise<void> | null = null;
  private status: SchedulerStatus = { phase: 'clean', problem: null, failuresInARow: 0, retryAt: null };
  private disposed = false;

  constructor(
    /**
     * Serialises the document and saves it; called only when there is something new. `urgent` for a save asked for
     * now (flush: the window closing, Retry now), which should not spread its work out to keep typing smooth.
     */
    private readonly save: (urgent: boolean) => Promise<AutosaveAttempt>,
    private readonly onStatus: (status: SchedulerStatus) => void,
    private readonly timers: SchedulerTimers,
  ) {}

  /** Changes not yet handed to a save. */
  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** Called on every content change: cheap, so it can sit on the typing path. */
  noteChange(): void {
    if (this.disposed) return;
    const now = this.timers.now();
    if (!this.dirty) {
      this.dirty = true;
      this.firstDirtyAt = now;
    }
    // Even while the disk is failing, new text is handed over within a second: the
    // recovery journal may still be writable when the document's own folder is not.
    // A save already waiting for an idle moment takes this change too: arming another would save twice in a row.
    if (!this.waitingForIdle) this.armForChanges();
    if (this.status.phase === 'clean') this.setStatus({ ...this.status, phase: 'pending' });
  }

  /** Saves now if anything is unsaved (Retry now, closing the window); resolves when done. */
  async flush(): Promise<void> {
    this.disarm();
    if (this.inFlight) await this.inFlight;
    if (this.dirty || this.status.phase === 'failed') await this.run(true);
  }

  dispose(): void {
    this.disposed = true;
    this.disarm();
  }

  /** Saves after a pause in the typing, or once the oldest unsaved change is AUTOSAVE_MAX_WAIT_MS old. */
  private armForChanges(): void {
    this.arm(Math.min(AUTOSAVE_DEBOUNCE_MS, Math.max(0, this.firstDirtyAt + AUTOSAVE_MAX_WAIT_MS - this.timers.now())));
  }

  private arm(delay: number): void {
    this.disarm();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      if (this.waitingForIdle) return;
      this.waitingForIdle = true;
      this.timers.whenIdle(() => {
        this.waitingForIdle = false;
        void this.run();
      }, AUTOSAVE_IDLE_TIMEOUT_MS);
    }, delay);
  }

  private disarm(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(urgent = false): Promise<void> {
    if (this.disposed) return;
    if (this.inFlight) {
      // One save at a time; the change that arrived meanwhile is saved right after.
      await this.inFlight;
      if (this.dirty && !this.timer) this.arm(0);
      return;
    }
    const failedBefore = this.status.phase === 'failed';
    if (!this.dirty && !failedBefore) return;
    this.dirty = false;
    this.setStatus({ ...this.status, phase: 'saving' });
    this.inFlight = this.attempt(urgent);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private async attempt(urgent: boolean): Promise<void> {
    let outcome: AutosaveAttempt;
    try {
      outcome = await this.save(urgent);
    } catch (error) {
      outcome = { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
    if (this.disposed) return;
    if (outcome.ok) {
      this.setStatus({ phase: this.dirty ? 'pending' : 'clean', problem: null, failuresInARow: 0, retryAt: null });
      // Text typed while this save was in flight waits for its own turn, as any change does (at most
      // AUTOSAVE_MAX_WAIT_MS from the first of it), rather than going at once: with a slow disk, saving back to
      // back would read and send the meeting again on every landing, the page's work and main's both.
      if (this.dirty) this.armForChanges();
      return;
    }
    // The text is still in the editor: mark it unsaved and try again after a pause,
    // or within the usual second if the clerk typed more while this attempt ran.
    const typedMeanwhile = this.dirty;
    this.dirty = true;
    const failuresInARow = this.status.failuresInARow + 1;
    const delay = typedMeanwhile ? AUTOSAVE_DEBOUNCE_MS : retryDelayMs(failuresInARow);
    this.setStatus({ phase: 'failed', problem: outcome.problem, failuresInARow, retryAt: this.timers.now() + delay });
    this.disarm();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private setStatus(status: SchedulerStatus): void {
    this.status = status;
    this.onStatus(status);
  }
}

export const browserTimers: SchedulerTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  whenIdle(callback, timeoutMs) {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout: timeoutMs });
    else window.setTimeout(callback, 0);
  },
};
