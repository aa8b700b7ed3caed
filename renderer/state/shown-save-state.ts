// What the status bar and the window title show of the save state. While a
// clerk types, the autosave lands about once a second and the next key makes
// the minutes unsaved again: shown as it happens, the status would flip
// between "Unsaved changes" and "Saved" every second, a screen reader would
// announce each flip, and each flip would redraw the window between two keys
// (which then keeps Chromium's frame clock running, so the next key waits for
// its tick: the slow keys in docs/typing-speed.md). So the one move that is
// good news, from unsaved to saved (or kept), is shown once it has held for a
// moment, when the clerk pauses; every other move, above all a failure, is
// shown at once. The display never claims more than is true: it can only say
// "unsaved" for a little longer than the file is.
import type { SaveState } from './save-state';

/** The save status store (save-status-store.ts), as far as following it needs. */
interface SaveStateSource {
  get(): SaveState;
  subscribe(listener: () => void): () => void;
}

/** How long the minutes must stay saved before the status says so. */
export const SAVED_SHOWN_AFTER_MS = 800;

export interface ShownSaveStateTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: ShownSaveStateTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The moves that wait: the autosave catching up with the typing. */
function waitsToBeShown(shown: SaveState, next: SaveState): boolean {
  return shown === 'unsaved' && (next === 'saved' || next === 'kept');
}

/**
 * Calls `show` with the save state now, then with each change as the rule above has it; returns the function that
 * stops following it.
 */
export function followShownSaveState(
  store: SaveStateSource,
  show: (state: SaveState) => void,
  timers: ShownSaveStateTimers = globalTimers,
  settleMs = SAVED_SHOWN_AFTER_MS,
): () => void {
  let shown = store.get();
  let pending: unknown = null;
  const cancel = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  const showNow = (state: SaveState) => {
    cancel();
    if (state === shown) return;
    shown = state;
    show(state);
  };
  show(shown);
  const unsubscribe = store.subscribe(() => {
    const next = store.get();
    // A key typed during the wait makes the minutes unsaved again, which is what is shown, and ends the wait.
    if (!waitsToBeShown(shown, next)) return showNow(next);
    pending ??= timers.setTimeout(() => {
      pending = null;
      showNow(store.get());
    }, settleMs);
  });
  return () => {
    cancel();
    unsubscribe();
  };
}
