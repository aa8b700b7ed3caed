// Whether the document is saved, kept outside React state: it changes on the
// first keystroke after every autosave and again when the autosave lands, and
// only the title bar, the status bar (and the History panel) show it — not the
// whole window with the editor in it. It changes only by the save-state
// machine's events (save-state.ts); what the bars show of it is
// shown-save-state.ts's.
import { useLayoutEffect, useSyncExternalStore } from 'react';
import { saveStateAfter, type SaveEvent, type SaveState } from './save-state';
import { followShownSaveState } from './shown-save-state';

export interface SaveStatusStore {
  get(): SaveState;
  /** Moves the save state on by one event of the machine. */
  note(event: SaveEvent): void;
  subscribe(listener: () => void): () => void;
}

export function createSaveStatusStore(initial: SaveState): SaveStatusStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    note(event) {
      const value = saveStateAfter(current, event);
      if (value === current) return;
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useSaveState(store: SaveStatusStore): SaveState {
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * Shows the save state without rendering: `show` is called with it now and on each change as shown-save-state.ts
 * has it (saved is shown once the clerk pauses), and should set what it shows on the page directly (an element's
 * text, the window's title). For what is on screen while the clerk types: each React commit made with the caret in
 * the minutes first measures the caret's offset from the top of the text, a walk that grows with the meeting.
 * `show` should keep its identity (useCallback): a new one subscribes again.
 */
export function useShowSaveState(store: SaveStatusStore, show: (state: SaveState) => void): void {
  useLayoutEffect(() => followShownSaveState(store, show), [store, show]);
}
