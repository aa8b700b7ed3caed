// What to do when a window's page dies (renderer crash, out of memory, killed):
// load it again, so the clerk is offered the recovery journal at once instead
// of staring at a blank window. A page that dies again within a short while is
// left alone: reloading it in a loop would only hide the problem. No Electron
// import, so the rule is tested under plain Node.

/** Deaths that are not crashes: the page closed normally, or the app is shutting it down. */
const NOT_A_CRASH = new Set(['clean-exit']);
export const CRASH_LOOP_MS = 30_000;

export class CrashedPagePolicy {
  private lastReloadAt: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether to reload after the page went away for this reason (Electron's render-process-gone reason). */
  shouldReload(reason: string): boolean {
    if (NOT_A_CRASH.has(reason)) return false;
    const now = this.now();
    if (this.lastReloadAt !== null && now - this.lastReloadAt < CRASH_LOOP_MS) return false;
    this.lastReloadAt = now;
    return true;
  }
}
